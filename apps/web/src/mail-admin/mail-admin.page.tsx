import { type ReactNode, useEffect, useState } from 'react';

import { useApiQuery } from '../api-query';
import { formatInstant } from '../format-time';
import {
  LiftEmailSuppressionDocument,
  MailAdminOverviewDocument,
  MailAdminSentEmailsDocument,
  type MailAdminSentEmailsQuery,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Loaded } from '../loaded';
import { MemberOnly } from '../member-only';
import { TableScroll } from '../table-scroll';
import { Alert, Button, Heading, PageTitle, Paragraph } from '../ui';
import { useMailAdminText } from './messages';

type Sent = MailAdminSentEmailsQuery['sentEmails']['nodes'][number];

export function MailAdminPage() {
  const { m } = useMailAdminText();
  return (
    <MemberOnly path="/beheer/e-mail" admin refusal={m.noAccess}>
      {() => <MailAdmin />}
    </MemberOnly>
  );
}

function Table({
  caption,
  head,
  children,
}: {
  caption: string;
  head: string[];
  children: ReactNode;
}) {
  return (
    <TableScroll label={caption}>
      <table className="utrecht-table">
        {/* The section heading shows the name; the caption names the table for screen readers. */}
        <caption className="visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th key={h} className="utrecht-table__header-cell" scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </TableScroll>
  );
}

const Cell = ({ children }: { children: ReactNode }) => (
  <td className="utrecht-table__cell">{children}</td>
);

function MailAdmin() {
  const { m, t, lang } = useMailAdminText();
  const overview = useApiQuery(MailAdminOverviewDocument);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  async function lift(address: string) {
    try {
      await request(LiftEmailSuppressionDocument, { input: { address } });
      setNotice({ type: 'ok', text: m.lifted(address) });
      await overview.reload();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  if (overview.failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!overview.data) return <Paragraph>{t.loading}</Paragraph>;
  const { emailFailures, emailSuppressions, digestSchedule: schedule } = overview.data;

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph lead>{m.intro}</Paragraph>
      <Paragraph>
        <a className="utrecht-link" href="/admin/queues">
          {m.queues}
        </a>
      </Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}

      <section aria-labelledby="mail-schedule">
        <Heading level={2} id="mail-schedule">
          {m.schedule}
        </Heading>
        <Paragraph>
          {m.planner}:{' '}
          {schedule.plannerScheduled && schedule.plannerNextRunAt
            ? m.nextRun(
                formatInstant(schedule.plannerNextRunAt, lang, 'shortMoment'),
                schedule.plannerPattern ?? '',
              )
            : m.notScheduled}
        </Paragraph>
        <Paragraph>{m.sentWeek(schedule.digestsSentLast7Days)}</Paragraph>
        {schedule.overdue > 0 && <Paragraph>{m.overdue(schedule.overdue)}</Paragraph>}
        <Table caption={m.frequency} head={[m.frequency, m.members]}>
          {schedule.membersByFrequency.map((row) => (
            <tr key={row.frequency} className="utrecht-table__row">
              <Cell>{m.frequencies[row.frequency] ?? row.frequency}</Cell>
              <Cell>{row.members}</Cell>
            </tr>
          ))}
        </Table>
        {schedule.dueNextDay.length === 0 ? (
          <Paragraph>{m.noneDue}</Paragraph>
        ) : (
          <Table caption={m.dueTitle} head={[m.hour, m.members]}>
            {schedule.dueNextDay.map((row) => (
              <tr key={row.hour} className="utrecht-table__row">
                <Cell>{formatInstant(row.hour, lang, 'shortMoment')}</Cell>
                <Cell>{row.members}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <SentEmails />

      <section aria-labelledby="mail-failures">
        <Heading level={2} id="mail-failures">
          {m.failures}
        </Heading>
        {emailFailures.nodes.length === 0 ? (
          <Paragraph>{m.noFailures}</Paragraph>
        ) : (
          <Table
            caption={m.failures}
            head={[m.failedAt, m.kind, m.recipient, m.subject, m.failure]}
          >
            {emailFailures.nodes.map((f) => (
              <tr key={f.id} className="utrecht-table__row">
                <Cell>{formatInstant(f.failedAt, lang, 'shortMoment')}</Cell>
                <Cell>{f.kind}</Cell>
                <Cell>{f.recipient ?? m.confidential}</Cell>
                <Cell>{f.subject ?? m.confidential}</Cell>
                <Cell>
                  {f.smtpCode ?? ''} {f.permanent ? m.permanent : m.temporary}: {f.message}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="mail-suppressed">
        <Heading level={2} id="mail-suppressed">
          {m.suppressed}
        </Heading>
        {emailSuppressions.nodes.length === 0 ? (
          <Paragraph>{m.noSuppressed}</Paragraph>
        ) : (
          <Table caption={m.suppressed} head={[m.address, m.since, m.reason, m.action]}>
            {emailSuppressions.nodes.map((s) => (
              <tr key={s.address} className="utrecht-table__row">
                <Cell>{s.address}</Cell>
                <Cell>{formatInstant(s.suppressedAt, lang, 'shortMoment')}</Cell>
                <Cell>{s.smtpResponse ?? s.smtpCode ?? s.reason}</Cell>
                <Cell>
                  <Button appearance="secondary-action" onClick={() => void lift(s.address)}>
                    {m.lift(s.address)}
                  </Button>
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}

/** The send log, newest first, twenty at a time. */
function SentEmails() {
  const { m, lang } = useMailAdminText();
  const firstPage = useApiQuery(MailAdminSentEmailsDocument, { after: null });
  // Pages loaded with "more", after the first; a fresh first page starts afresh.
  const [later, setLater] = useState<{ rows: Sent[]; next: string | null } | null>(null);
  useEffect(() => setLater(null), [firstPage.data]);
  const sentEmails = firstPage.data?.sentEmails;
  const rows = [...(sentEmails?.nodes ?? []), ...(later?.rows ?? [])];
  const next = later
    ? later.next
    : sentEmails?.pageInfo.hasNextPage
      ? sentEmails.pageInfo.endCursor
      : null;
  const first = { data: sentEmails?.totalCount ?? null, failed: firstPage.failed };

  async function more() {
    const { sentEmails } = await request(MailAdminSentEmailsDocument, { after: next });
    setLater({
      rows: [...(later?.rows ?? []), ...sentEmails.nodes],
      next: sentEmails.pageInfo.hasNextPage ? sentEmails.pageInfo.endCursor : null,
    });
  }

  return (
    <section aria-labelledby="mail-sends">
      <Heading level={2} id="mail-sends">
        {m.sends}
      </Heading>
      <Loaded state={first}>
        {(data) => (
          <>
            <Paragraph>{m.sendsCount(data)}</Paragraph>
            <Table caption={m.sends} head={[m.sentAt, m.kind, m.recipient, m.subject]}>
              {rows.map((row) => (
                <tr key={row.key} className="utrecht-table__row">
                  <Cell>{formatInstant(row.sentAt, lang, 'shortMoment')}</Cell>
                  <Cell>{row.kind}</Cell>
                  <Cell>{row.recipient ?? m.confidential}</Cell>
                  <Cell>{row.subject ?? m.confidential}</Cell>
                </tr>
              ))}
            </Table>
            {next && (
              <Button appearance="secondary-action" onClick={() => void more()}>
                {m.more}
              </Button>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
