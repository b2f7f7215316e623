import { useState } from 'react';

import { CommunityForm, emptyCommunity, toInput } from '../communities/community-form';
import { useCommunityText } from '../communities/messages';
import { ProposeCommunityDocument, type ProposeCommunityMutation } from '../gql/graphql';
import { request } from '../graphql-client';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Alert, PageTitle, Paragraph } from '../ui';

export function ProposeCommunityPage() {
  const { t, c } = useCommunityText();
  const { viewer } = useSession();
  const [proposed, setProposed] = useState<ProposeCommunityMutation['proposeCommunity'] | null>(
    null,
  );
  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) return <Navigate to="/inloggen" />;
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;

  if (proposed) {
    const open = proposed.status === 'ACTIVE';
    return (
      <>
        <PageTitle>{c.proposedTitle}</PageTitle>
        <Alert type={open ? 'ok' : 'info'}>
          <Paragraph>
            {open ? c.proposedOpen(proposed.name) : c.proposedAwaits(proposed.name)}
          </Paragraph>
        </Alert>
        <Paragraph>
          <Link href={`/communities/${proposed.slug}`}>{c.toCommunity}</Link>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>{c.proposeTitle}</PageTitle>
      <Paragraph lead>{c.proposeIntro}</Paragraph>
      <CommunityForm
        initial={emptyCommunity()}
        submitLabel={c.proposeButton}
        onSubmit={async (values) => {
          const { proposeCommunity } = await request(ProposeCommunityDocument, {
            input: toInput(values),
          });
          setProposed(proposeCommunity);
        }}
      />
    </>
  );
}
