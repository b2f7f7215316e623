import { useCallback, useEffect, useState } from 'react';

import { useAction } from '../action';
import {
  MeetingDetailDocument,
  type MeetingDetailQuery,
  type RsvpResponse,
  RsvpToMeetingDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { rememberReturnPath } from '../return-path';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Alert, Button, Heading, PageTitle, Paragraph } from '../ui';
import { CancelForm, EditMeeting } from './meeting-edit';
import { FollowUpForm, NotesForm } from './meeting-follow-up';
import { formatDay, formatMeetingTime, useMeetingText } from './messages';
import { Place, PlainText, RsvpText } from './parts';

export type Meeting = MeetingDetailQuery['meeting'];
type Notice = { type: 'ok' | 'info' | 'error'; text: string };

/** /communities/<slug>/bijeenkomsten/<id>: agenda, RSVP, who is going, calendar, follow-up. */
export function MeetingPage({ slug, meetingId }: { slug: string; meetingId: string }) {
  const { m, t, lang } = useMeetingText();
  const { viewer } = useSession();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [missing, setMissing] = useState(false);
  const { notice, setNotice, run } = useAction<Notice>({
    errorText: (caught) =>
      caught instanceof ApiError && caught.code !== 'INTERNAL_SERVER_ERROR'
        ? caught.message
        : t.genericError,
    reload: () => reload(),
  });
  const signedIn = Boolean(viewer && !viewer.needsProfile);

  const reload = useCallback(async () => {
    try {
      const data = await request(MeetingDetailDocument, { id: meetingId });
      setMeeting(data.meeting);
      setMissing(false);
    } catch (caught) {
      if (
        caught instanceof ApiError &&
        (caught.code === 'NOT_FOUND' ||
          caught.code === 'FORBIDDEN' ||
          caught.code === 'BAD_USER_INPUT')
      ) {
        setMissing(true);
      } else setNotice({ type: 'error', text: t.genericError });
    }
  }, [meetingId, t.genericError]);

  useEffect(() => {
    if (signedIn) void reload();
  }, [reload, signedIn]);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(`/communities/${slug}/bijeenkomsten/${meetingId}`);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  if (missing) {
    return (
      <>
        <PageTitle>{t.notFoundTitle}</PageTitle>
        <Paragraph>{m.notFound}</Paragraph>
      </>
    );
  }
  if (!meeting) return <Paragraph>{t.loading}</Paragraph>;

  const membership = meeting.community.viewerMembership;
  const active = membership?.status === 'ACTIVE';
  const isCoordinator = active && membership.role === 'COORDINATOR';
  // The API lets coordinators and moderators change a meeting, as they schedule one.
  const canChange = active && (isCoordinator || membership.role === 'MODERATOR');
  const cancelled = Boolean(meeting.cancelledAt);
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const ended = new Date(meeting.endsAt).getTime() <= Date.now();
  const current = meeting.viewerRsvp?.status;

  const rsvp = (response: RsvpResponse) =>
    run(async () => {
      const { rsvpToMeeting } = await request(RsvpToMeetingDocument, {
        input: { meetingId: meeting.id, response },
      });
      if (rsvpToMeeting.status === 'WAITING') {
        return { type: 'info', text: m.onWaitingList(rsvpToMeeting.waitingPosition ?? 1) };
      }
      return { type: 'ok', text: m.rsvpSaved[rsvpToMeeting.status] };
    }, '');

  const choices: { response: RsvpResponse; label: string; pressed: boolean }[] = [
    {
      response: 'GOING' as RsvpResponse,
      label: m.rsvpGoing,
      pressed: current === 'GOING' || current === 'WAITING',
    },
    { response: 'MAYBE' as RsvpResponse, label: m.rsvpMaybe, pressed: current === 'MAYBE' },
    {
      response: 'NOT_GOING' as RsvpResponse,
      label: m.rsvpNotGoing,
      pressed: current === 'NOT_GOING',
    },
  ];

  return (
    <article className="meeting">
      <p className="nl-paragraph">
        <Link href={`/communities/${encodeURIComponent(meeting.community.slug)}/bijeenkomsten`}>
          {m.backTo(meeting.community.name)}
        </Link>
      </p>
      <PageTitle>{meeting.title}</PageTitle>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {cancelled && (
        <Alert type="warning">
          <Paragraph>{m.cancelledNotice}</Paragraph>
          {meeting.cancellationReason && <PlainText text={meeting.cancellationReason} />}
        </Alert>
      )}
      <dl className="facts">
        <dt>{m.when}</dt>
        <dd>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</dd>
        <dt>{m.where}</dt>
        <dd>
          <Place meeting={meeting} />
        </dd>
        <dt>{m.attendance}</dt>
        <dd data-testid="attendance">
          {m.going(meeting.goingCount, meeting.capacity)}
          {meeting.waitingCount > 0 && `, ${m.waiting(meeting.waitingCount)}`}
        </dd>
        <dt>{m.yourRsvp}</dt>
        <dd data-testid="your-rsvp">
          <RsvpText meeting={meeting} />
        </dd>
      </dl>
      {!cancelled && (
        <p className="nl-paragraph">
          <a className="nl-link" href={`/meetings/${meeting.id}/ics`} download>
            {m.addToCalendar}
          </a>
        </p>
      )}

      <section aria-labelledby="agenda">
        <Heading level={2} id="agenda">
          {m.agenda}
        </Heading>
        {meeting.agenda.trim() ? (
          <PlainText text={meeting.agenda} />
        ) : (
          <Paragraph>{m.noAgenda}</Paragraph>
        )}
      </section>

      {active && !cancelled && !started && (
        <section aria-labelledby="rsvp" className="membership-box" data-testid="rsvp">
          <Heading level={2} id="rsvp">
            {m.rsvpTitle}
          </Heading>
          <div className="row">
            {choices.map((choice) => (
              <Button
                key={choice.response}
                appearance={choice.pressed ? 'primary-action' : 'secondary-action'}
                aria-pressed={choice.pressed}
                onClick={() => void rsvp(choice.response)}
              >
                {choice.label}
              </Button>
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="going" data-testid="going">
        <Heading level={2} id="going">
          {m.whoIsGoing}
        </Heading>
        {meeting.attendees.nodes.length === 0 ? (
          <Paragraph>{m.nobodyGoing}</Paragraph>
        ) : (
          <ul className="plain-list member-list">
            {meeting.attendees.nodes.map(({ member }) => (
              <li key={member.id}>
                <MemberLink id={member.id} name={member.name} />
                {member.isViewer && ` ${m.you}`}
                {member.organisation && (
                  <span className="muted">
                    {' '}
                    — {member.organisation.abbreviation ?? member.organisation.name}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="follow-ups" data-testid="follow-ups">
        <Heading level={2} id="follow-ups">
          {m.followUps}
        </Heading>
        {meeting.followUps.length === 0 ? (
          <Paragraph>{ended ? m.noFollowUps : m.afterMeeting}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {meeting.followUps.map((f) => (
              <li key={f.id} className="utrecht-unordered-list__item">
                {f.text}
                {f.owner && (
                  <>
                    {' — '}
                    <MemberLink id={f.owner.id} name={f.owner.name} />
                  </>
                )}
                {f.dueOn && ` (${m.due(formatDay(f.dueOn, lang))})`}
              </li>
            ))}
          </ul>
        )}
        {isCoordinator && ended && !cancelled && <FollowUpForm meeting={meeting} run={run} />}
      </section>

      <section aria-labelledby="notes" data-testid="notes">
        <Heading level={2} id="notes">
          {m.notes}
        </Heading>
        {meeting.notes.trim() ? (
          <PlainText text={meeting.notes} />
        ) : (
          <Paragraph>{m.noNotes}</Paragraph>
        )}
        {isCoordinator && ended && !cancelled && <NotesForm meeting={meeting} run={run} />}
      </section>

      {canChange && !cancelled && !ended && (
        <EditMeeting meeting={meeting} onSaved={() => run(async () => undefined, m.edited)} />
      )}
      {isCoordinator && !cancelled && !ended && <CancelForm meeting={meeting} run={run} />}
    </article>
  );
}
