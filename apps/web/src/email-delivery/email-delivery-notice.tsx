import { useId, useState } from 'react';

import { useApiQuery } from '../api-query';
import { formatInstant } from '../format-time';
import { EmailDeliveryStatusDocument, RequestEmailConfirmationDocument } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { useEmailDeliveryText } from './messages';

/**
 * A warning when mail to the viewer's address bounced for good, with a button that sends a
 * confirmation link. Renders nothing while mail works (or while loading).
 */
export function EmailDeliveryNotice() {
  const { e, t, lang } = useEmailDeliveryText();
  const headingId = useId();
  const { data } = useApiQuery(EmailDeliveryStatusDocument);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const status = data?.emailDeliveryStatus;
  if (!status?.suppressed) return null;

  async function ask() {
    setBusy(true);
    try {
      const { requestEmailConfirmation } = await request(RequestEmailConfirmationDocument);
      setResult({
        ok: true,
        text: e.noticeSent(status!.address, requestEmailConfirmation.expiresInHours),
      });
    } catch (error) {
      const tooMany = error instanceof ApiError && error.code === 'RATE_LIMITED';
      setResult({ ok: false, text: tooMany ? e.noticeTooMany : t.genericError });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Alert type="warning" labelledBy={headingId}>
      <Heading level={2} id={headingId}>
        {e.noticeTitle}
      </Heading>
      {status.since && (
        <Paragraph>{e.noticeSince(formatInstant(status.since, lang, 'longDate'))}</Paragraph>
      )}
      {status.reason && <Paragraph>{status.reason}</Paragraph>}
      {result ? (
        <Paragraph>
          <span role={result.ok ? 'status' : 'alert'}>{result.text}</span>
        </Paragraph>
      ) : (
        <Button appearance="secondary-action" disabled={busy} onClick={() => void ask()}>
          {e.noticeAction}
        </Button>
      )}
    </Alert>
  );
}
