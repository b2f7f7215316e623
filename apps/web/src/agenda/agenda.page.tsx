import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';

import { useApiQuery } from '../api-query';
import { AgendaDocument } from '../gql/graphql';
import { formatMeetingTime } from '../meetings/messages';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { Alert, Button, Choice, Heading, PageTitle, Paragraph } from '../ui';
import { CalendarFeedPanel } from './calendar-feed';
import { useAgendaText } from './messages';

const PAGE_SIZE = 20;

/** /agenda?mijn=ja&na=…: upcoming meetings of every CoP the viewer may see, and their feed. */
export function AgendaPage() {
  return <MemberOnly path="/agenda">{() => <Agenda />}</MemberOnly>;
}

function Agenda() {
  const { a, t, lang } = useAgendaText();
  const search = useSearch({ from: '/agenda' });
  const navigate = useNavigate({ from: '/agenda' });
  const mine = search.mijn === 'ja';
  const [draft, setDraft] = useState(mine);
  useEffect(() => setDraft(mine), [mine]);
  const agenda = useApiQuery(AgendaDocument, { mine, first: PAGE_SIZE, after: search.na ?? null });
  const page = agenda.data?.agenda;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({ search: { mijn: draft ? 'ja' : undefined } });
  }

  const href = (after?: string) => {
    const params = new URLSearchParams();
    if (mine) params.set('mijn', 'ja');
    if (after) params.set('na', after);
    const query = params.toString();
    return query ? `/agenda?${query}` : '/agenda';
  };

  return (
    <>
      <PageTitle>{a.title}</PageTitle>
      <Paragraph lead>{a.intro}</Paragraph>
      <form aria-label={a.filters} onSubmit={submit} className="filters">
        <Choice
          type="checkbox"
          id="agenda-mine"
          name="mijn"
          value="ja"
          label={a.mineLabel}
          checked={draft}
          onChange={setDraft}
        />
        <Button type="submit">{a.apply}</Button>
      </form>
      <p className="nl-paragraph result-count" role="status">
        {page ? a.count(page.totalCount) : agenda.failed ? '' : t.loading}
      </p>
      {agenda.failed && <Alert type="error">{t.genericError}</Alert>}
      {page && page.nodes.length === 0 && <Paragraph>{a.none}</Paragraph>}
      {page && page.nodes.length > 0 && (
        <ul className="plain-list lesson-list" aria-label={a.count(page.totalCount)}>
          {page.nodes.map((meeting) => {
            const cop = `/communities/${encodeURIComponent(meeting.community.slug)}`;
            return (
              <li key={meeting.id} className="community-card" data-testid="agenda-meeting">
                <Heading level={2}>
                  {meeting.viewerIsMember ? (
                    <Link href={`${cop}/bijeenkomsten/${meeting.id}`} className="nl-link">
                      {meeting.title}
                    </Link>
                  ) : (
                    meeting.title
                  )}
                </Heading>
                <Paragraph>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</Paragraph>
                <Paragraph>
                  <Link href={cop} className="nl-link">
                    {meeting.community.name}
                  </Link>
                  {!meeting.viewerIsMember && ` · ${a.notMember}`}
                </Paragraph>
              </li>
            );
          })}
        </ul>
      )}
      {page && (page.pageInfo.hasNextPage || search.na) && (
        <p className="nl-paragraph row">
          {search.na && (
            <Link href={href()} className="nl-link">
              {a.firstPage}
            </Link>
          )}
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <Link href={href(page.pageInfo.endCursor)} className="nl-link">
              {a.next}
            </Link>
          )}
        </p>
      )}
      <CalendarFeedPanel />
    </>
  );
}
