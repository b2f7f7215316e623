import { useState } from 'react';

import { useCommunityText } from '../communities/messages';
import { errorText } from '../communities/parts';
import { AcceptCommunityInvitationDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { rememberReturnPath } from '../return-path';
import { Link, Navigate, useRouter } from '../router';
import { useSession } from '../session';
import { Alert, Button, PageTitle, Paragraph } from '../ui';

export function InvitationPage() {
  const { t, c } = useCommunityText();
  const { viewer } = useSession();
  const { navigate } = useRouter();
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (!token) {
    return (
      <>
        <PageTitle>{c.invitationTitle}</PageTitle>
        <Alert type="error">{c.invitationMissing}</Alert>
      </>
    );
  }
  const here = `/communities/invitation?token=${encodeURIComponent(token)}`;
  if (viewer === null) {
    return (
      <>
        <PageTitle>{c.invitationTitle}</PageTitle>
        <Paragraph lead>{c.invitationIntro}</Paragraph>
        <Paragraph>{c.invitationSignIn}</Paragraph>
        <Paragraph>
          <Link
            href="/inloggen"
            className="utrecht-button-link utrecht-button-link--primary-action"
            onClick={() => rememberReturnPath(here)}
          >
            {t.toSignIn}
          </Link>
        </Paragraph>
      </>
    );
  }
  if (viewer.needsProfile) {
    rememberReturnPath(here);
    return <Navigate to="/profiel/aanvullen" />;
  }

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      const { acceptCommunityInvitation } = await request(AcceptCommunityInvitationDocument, {
        input: { token: token! },
      });
      navigate(`/communities/${acceptCommunityInvitation.community.slug}`);
    } catch (caught) {
      setError(errorText(caught, c, t.genericError));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{c.invitationTitle}</PageTitle>
      {error && <Alert type="error">{error}</Alert>}
      <Paragraph lead>{c.invitationIntro}</Paragraph>
      <Button onClick={() => void accept()} disabled={busy} aria-busy={busy || undefined}>
        {c.invitationAccept}
      </Button>
    </>
  );
}
