import { useState } from 'react';

import { type ActionNotice, runAction } from '../action';
import { useApiQuery } from '../api-query';
import {
  CalendarFeedDocument,
  IssueCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { formatDay } from '../meetings/messages';
import { Alert, Button, FormField, Heading, Paragraph, textboxClass } from '../ui';
import { useAgendaText } from './messages';

/** The personal calendar feed: make, copy, replace or revoke the webcal link. */
export function CalendarFeedPanel() {
  const { a, t, lang } = useAgendaText();
  const feed = useApiQuery(CalendarFeedDocument, {});
  const [issued, setIssued] = useState<string | null>(null);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const status = feed.data?.calendarFeed;
  const options = { setNotice, errorText: () => t.genericError };

  async function issue() {
    await runAction(
      async () => {
        const { issueCalendarFeed } = await request(IssueCalendarFeedDocument);
        setIssued(issueCalendarFeed.webcalUrl);
      },
      a.issued,
      options,
    );
  }

  async function revoke() {
    if (!window.confirm(a.revokeConfirm)) return;
    await runAction(
      async () => {
        await request(RevokeCalendarFeedDocument);
        setIssued(null);
      },
      a.revoked,
      options,
    );
  }

  async function copy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued);
      setNotice({ type: 'ok', text: a.copied });
    } catch {
      // Without clipboard access the field is there to select and copy by hand.
    }
  }

  return (
    <section aria-labelledby="calendar-feed" className="calendar-feed">
      <Heading level={2} id="calendar-feed">
        {a.feedTitle}
      </Heading>
      <Paragraph>{a.feedIntro}</Paragraph>
      <div aria-live="polite">
        {notice && (
          <Alert type={notice.type === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {status && !issued && (
        <Paragraph>
          {status.active && status.issuedAt
            ? a.feedActive(formatDay(status.issuedAt.slice(0, 10), lang))
            : a.feedNone}
        </Paragraph>
      )}
      {issued && (
        <>
          <Paragraph>{a.feedShownOnce}</Paragraph>
          <FormField id="calendar-feed-url" label={a.feedLinkLabel}>
            {(props) => (
              <input
                {...props}
                readOnly
                className={`${textboxClass(false)} calendar-feed__url`}
                value={issued}
                onFocus={(event) => event.target.select()}
              />
            )}
          </FormField>
        </>
      )}
      {status && (
        <div className="row">
          {issued && <Button onClick={() => void copy()}>{a.copy}</Button>}
          <Button
            appearance={issued ? 'secondary-action' : 'primary-action'}
            onClick={() => void issue()}
          >
            {status.active || issued ? a.reissue : a.issue}
          </Button>
          {(status.active || issued) && (
            <Button appearance="subtle" onClick={() => void revoke()}>
              {a.revoke}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
