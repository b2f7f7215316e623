import type { CommunityCardFragment } from '../gql/graphql';
import { ApiError } from '../graphql-client';
import { Link } from '../router';
import { Heading } from '../ui';
import { type CommunityMessages, formatDate, PHASES, useCommunityText } from './messages';

/** A message for a refused request: the domain reason in the UI's language when we know it. */
export function errorText(caught: unknown, c: CommunityMessages, fallback: string): string {
  if (caught instanceof ApiError) {
    const reason = caught.extensions.reason;
    if (typeof reason === 'string' && c.reasons[reason]) return c.reasons[reason];
    if (caught.code === 'CONFLICT' || caught.code === 'BAD_USER_INPUT') return caught.message;
  }
  return fallback;
}

export function Badge({
  children,
  tone,
}: {
  children: React.ReactNode;
  tone?: 'accent' | 'muted';
}) {
  return <span className={`badge${tone ? ` badge--${tone}` : ''}`}>{children}</span>;
}

/** One CoP in a list: name, goal, phase, members, last activity, how to join. */
export function CommunityCard({
  community,
  headingLevel = 3,
}: {
  community: CommunityCardFragment;
  headingLevel?: 2 | 3;
}) {
  const { c, lang } = useCommunityText();
  const mine = community.viewerMembership;
  return (
    <li className="community-card">
      <Heading level={headingLevel}>
        <Link href={`/communities/${community.slug}`}>{community.name}</Link>
      </Heading>
      {community.goal && <p className="nl-paragraph community-card__goal">{community.goal}</p>}
      <p className="community-card__badges">
        <Badge tone="accent">{c.policies[community.joinPolicy]}</Badge>
        {community.status === 'PROPOSED' && <Badge tone="muted">{c.proposedBadge}</Badge>}
        {mine?.status === 'ACTIVE' && <Badge>{c.youAreMember}</Badge>}
        {mine?.status === 'PENDING' && <Badge>{c.youRequested}</Badge>}
      </p>
      <dl className="community-card__facts">
        <div>
          <dt>{c.phase}</dt>
          <dd>{c.phases[community.phase]}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{c.membersTitle}</dt>
          <dd>{c.members(community.memberCount)}</dd>
        </div>
        <div>
          <dt>{c.lastActivity}</dt>
          <dd>{formatDate(community.lastActivityAt, lang)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** The lifecycle as an ordered list, the current phase marked for eyes and screen readers. */
export function Lifecycle({ phase }: { phase: CommunityCardFragment['phase'] }) {
  const { c } = useCommunityText();
  return (
    <ol className="lifecycle">
      {PHASES.map((p) => (
        <li
          key={p}
          className={p === phase ? 'lifecycle__step lifecycle__step--current' : 'lifecycle__step'}
          aria-current={p === phase ? 'step' : undefined}
        >
          {c.phases[p]}
          {p === phase && <span className="visually-hidden"> ({c.currentPhase})</span>}
        </li>
      ))}
    </ol>
  );
}
