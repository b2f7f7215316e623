import { useEffect, useState } from 'react';

import { useCommunityText } from '../communities/messages';
import { CommunityCard, errorText } from '../communities/parts';
import {
  ApproveCommunityDocument,
  CommunitiesDocument,
  type CommunitiesQuery,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { UpcomingMeetings } from '../meetings/upcoming-meetings';
import { takeReturnPath } from '../return-path';
import { Link, Navigate, useRouter } from '../router';
import { useSession } from '../session';
import { Alert, Button, Heading, PageTitle, Paragraph } from '../ui';

type Listed = CommunitiesQuery['communities']['nodes'];

export function HomePage() {
  const { t } = useCommunityText();
  const { viewer } = useSession();
  const { navigate } = useRouter();
  const ready = Boolean(viewer && !viewer.needsProfile && viewer.member);

  // Back to where the member was going before signing in (e.g. an invitation link).
  useEffect(() => {
    if (!ready) return;
    const back = takeReturnPath();
    if (back && back !== '/') navigate(back, { replace: true });
  }, [ready, navigate]);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    return (
      <>
        <PageTitle>{t.homeSignedOutTitle}</PageTitle>
        <Paragraph lead>{t.homeSignedOutText}</Paragraph>
        <Paragraph>
          <Link
            href="/inloggen"
            className="utrecht-button-link utrecht-button-link--primary-action"
          >
            {t.toSignIn}
          </Link>
        </Paragraph>
      </>
    );
  }
  if (viewer.needsProfile || !viewer.member) return <Navigate to="/profiel/aanvullen" />;
  const organisation = viewer.member.organisation;
  return (
    <>
      <PageTitle>{t.welcome(viewer.member.name)}</PageTitle>
      {organisation && (
        <Paragraph lead>
          {t.yourOrganisation}: {organisation.name}
          {organisation.abbreviation ? ` (${organisation.abbreviation})` : ''}
        </Paragraph>
      )}
      <MyCommunities />
      <UpcomingMeetings />
      {viewer.member.platformRole === 'ADMIN' && <Proposals />}
    </>
  );
}

function MyCommunities() {
  const { t, c } = useCommunityText();
  const [mine, setMine] = useState<Listed | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    request(CommunitiesDocument, { mine: true, first: 50 })
      .then(({ communities }) => current && setMine(communities.nodes))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, []);
  return (
    <section aria-labelledby="my-communities" data-testid="my-communities">
      <Heading level={2} id="my-communities">
        {t.myCommunities}
      </Heading>
      {failed ? (
        <Alert type="error">{t.genericError}</Alert>
      ) : !mine ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : mine.length === 0 ? (
        <Paragraph>{t.myCommunitiesEmpty}</Paragraph>
      ) : (
        <ul className="community-list">
          {mine.map((community) => (
            <CommunityCard key={community.id} community={community} />
          ))}
        </ul>
      )}
      <p className="nl-paragraph link-row">
        <Link href="/communities">{c.discoverLink}</Link>
        <Link href="/communities/nieuw">{c.proposeLink}</Link>
      </p>
    </section>
  );
}

/** Platform admins open proposed CoPs (the API lists proposals only to admins). */
function Proposals() {
  const { t, c } = useCommunityText();
  const [proposals, setProposals] = useState<Listed | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const load = () =>
    request(CommunitiesDocument, { first: 100 })
      .then(({ communities }) =>
        setProposals(communities.nodes.filter((node) => node.status === 'PROPOSED')),
      )
      .catch(() => setProposals([]));
  useEffect(() => {
    void load();
  }, []);

  async function approve(id: string, name: string) {
    try {
      await request(ApproveCommunityDocument, { input: { communityId: id } });
      setMessage({ type: 'ok', text: `${name}: ${c.approved}` });
      await load();
    } catch (caught) {
      setMessage({ type: 'error', text: errorText(caught, c, t.genericError) });
    }
  }

  return (
    <section aria-labelledby="proposals" data-testid="proposals">
      <Heading level={2} id="proposals">
        {c.proposalsTitle}
      </Heading>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      {!proposals ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : proposals.length === 0 ? (
        <Paragraph>{c.noProposals}</Paragraph>
      ) : (
        <ul className="plain-list">
          {proposals.map((p) => (
            <li key={p.id} className="row">
              <Link href={`/communities/${p.slug}`}>{p.name}</Link>
              <Button appearance="secondary-action" onClick={() => void approve(p.id, p.name)}>
                {c.approve}
                <span className="visually-hidden"> {p.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
