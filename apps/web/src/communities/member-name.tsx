import type { MembershipRowFragment } from '../gql/graphql';
import { MemberLink } from '../members/member-link';
import { useCommunityText } from './messages';

/** A member in a CoP's lists: name, "(jij)" for the viewer, and their organisation. */
export function MemberName({ membership }: { membership: MembershipRowFragment }) {
  const { c } = useCommunityText();
  const org = membership.member.organisation;
  return (
    <>
      <MemberLink id={membership.member.id} name={membership.member.name} />
      {membership.member.isViewer && ` ${c.you}`}
      {org && <span className="muted"> — {org.abbreviation ?? org.name}</span>}
    </>
  );
}
