import { useEffect, useState } from 'react';

import { ConfirmEmailAddressDocument } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Link } from '../router';
import { Alert, PageTitle, Paragraph } from '../ui';
import { useEmailDeliveryText } from './messages';

type State =
  { kind: 'busy' } | { kind: 'done'; address: string } | { kind: 'failed'; message: string };

/** Where the confirmation email links to; works without signing in. */
export function ConfirmEmailPage() {
  const { e, t } = useEmailDeliveryText();
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'));
  const [state, setState] = useState<State>({ kind: 'busy' });

  useEffect(() => {
    if (!token) return;
    let current = true;
    request(ConfirmEmailAddressDocument, { input: { token } }).then(
      ({ confirmEmailAddress }) => {
        if (current) setState({ kind: 'done', address: confirmEmailAddress.address });
      },
      (error: unknown) => {
        if (!current) return;
        const reason = error instanceof ApiError ? error.extensions.reason : null;
        setState({
          kind: 'failed',
          message:
            reason === 'CONFIRMATION_LINK_EXPIRED'
              ? e.confirmExpired
              : reason === 'CONFIRMATION_LINK_INVALID'
                ? e.confirmInvalid
                : t.genericError,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <>
      <PageTitle>{e.confirmTitle}</PageTitle>
      {!token ? (
        <Alert type="error">
          <Paragraph>{e.confirmMissing}</Paragraph>
        </Alert>
      ) : state.kind === 'busy' ? (
        <Paragraph>{e.confirming}</Paragraph>
      ) : state.kind === 'done' ? (
        <Alert type="ok">
          <Paragraph>{e.confirmed(state.address)}</Paragraph>
        </Alert>
      ) : (
        <Alert type="error">
          <Paragraph>{state.message}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <Link href="/instellingen/meldingen">{e.toSettings}</Link>
      </Paragraph>
    </>
  );
}
