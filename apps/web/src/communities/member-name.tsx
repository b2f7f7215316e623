import type { MembershipRowFragment } from '../gql/graphql';
import { useCommunityText } from './messages';

/** A member in a CoP's lists: name, "(jij)" for the viewer, and their organisation. */
export function MemberName({ membership }: { membership: MembershipRowFragment }) {
  const { c } = useCommunityText();
  const org = membership.member.organisation;
  return (
    <>
      <strong>{membership.member.name}</strong>
      {membership.member.isViewer && ` ${c.you}`}
      {org && <span className="muted"> — {org.abbreviation ?? org.name}</span>}
    </>
  );
}
