import type { MeetingSummaryFragment } from '../gql/graphql';
import { Link } from '../router';
import { Heading } from '../ui';
import { formatMeetingTime, useMeetingText } from './messages';

/**
 * Markdown source shown as plain text: the words and line breaks, never HTML from the author
 * (React escapes the text; CSS keeps the line breaks).
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `plain-text ${className}` : 'plain-text'}>
      {text
        .split(/\n{2,}/)
        .filter((block) => block.trim())
        .map((block, index) => (
          <p key={index} className="nl-paragraph" style={{ whiteSpace: 'pre-line' }}>
            {block}
          </p>
        ))}
    </div>
  );
}

export function meetingPath(meeting: MeetingSummaryFragment): string {
  return `/communities/${encodeURIComponent(meeting.community.slug)}/bijeenkomsten/${meeting.id}`;
}

/** Where: the address, or "Online" with the link. */
export function Place({ meeting }: { meeting: MeetingSummaryFragment }) {
  const { m } = useMeetingText();
  if (meeting.address) return <>{meeting.address}</>;
  if (meeting.onlineUrl) {
    return (
      <>
        {m.online}:{' '}
        <a className="nl-link" href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
          {m.onlineLink}
        </a>
      </>
    );
  }
  return null;
}

export function RsvpText({ meeting }: { meeting: MeetingSummaryFragment }) {
  const { m } = useMeetingText();
  const rsvp = meeting.viewerRsvp;
  if (!rsvp) return <>{m.noRsvp}</>;
  if (rsvp.status === 'WAITING' && rsvp.waitingPosition) {
    return <>{m.waitingPlace(rsvp.waitingPosition)}</>;
  }
  return <>{m.statuses[rsvp.status]}</>;
}

/** Meetings as cards: title (link), when, where, going/capacity, your answer. */
export function MeetingList({
  meetings,
  headingLevel = 3,
  showCommunity = false,
}: {
  meetings: MeetingSummaryFragment[];
  headingLevel?: 3 | 4;
  showCommunity?: boolean;
}) {
  const { m, lang } = useMeetingText();
  return (
    <ul className="plain-list meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="community-card" data-testid="meeting-card">
          <Heading level={headingLevel}>
            <Link href={meetingPath(meeting)}>{meeting.title}</Link>
          </Heading>
          {showCommunity && <p className="nl-paragraph muted">{meeting.community.name}</p>}
          <dl className="facts">
            <dt>{m.when}</dt>
            <dd>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</dd>
            <dt>{m.where}</dt>
            <dd>
              <Place meeting={meeting} />
            </dd>
            <dt>{m.attendance}</dt>
            <dd>
              {m.going(meeting.goingCount, meeting.capacity)}
              {meeting.waitingCount > 0 && `, ${m.waiting(meeting.waitingCount)}`}
            </dd>
            <dt>{m.yourRsvp}</dt>
            <dd>
              <RsvpText meeting={meeting} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
