import { type FormEvent, Fragment, useState } from 'react';

import { useApiQuery } from '../../api-query';
import {
  type LearningGroupAttendanceStatus,
  type LearningGroupSessionItemFragment,
  LearningGroupSessionsDocument,
  RecordLearningGroupAttendanceDocument,
  UpdateLearningGroupSessionDocument,
} from '../../gql/graphql';
import { ApiError, request } from '../../graphql-client';
import { Loaded } from '../../loaded';
import { MemberLink } from '../../members/member-link';
import {
  Alert,
  Button,
  ErrorSummary,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { fieldMessage, firstPerField, formatSession } from '../messages';
import { ATTENDANCE, useSessionText } from './messages';
import { ReflectionForm, ReflectionsOverview } from './session-reflections';

export type Session = LearningGroupSessionItemFragment;
interface Person {
  id: string;
  name: string;
}

/**
 * The sessions of one group: agenda, notes and attendance; the facilitator edits them. Only
 * the group's members and the facilitator get here (the API refuses everyone else).
 */
export function GroupSessions({
  learningGroupId,
  groupNumber,
  members,
  canEdit,
}: {
  learningGroupId: string;
  groupNumber: number;
  members: Person[];
  canEdit: boolean;
}) {
  const { s } = useSessionText();
  const { data, failed, reload } = useApiQuery(LearningGroupSessionsDocument, {
    learningGroupId,
    groupNumber,
  });
  const headingId = `lg-sessions-${groupNumber}`;
  return (
    <section aria-labelledby={headingId} data-testid={`sessions-${groupNumber}`}>
      <Heading level={4} id={headingId}>
        {s.title}
      </Heading>
      <Loaded
        state={{ data, failed }}
        isEmpty={(data) => data.learningGroupSessions.length === 0}
        empty={s.none}
      >
        {(data) => (
          <ol className="utrecht-ordered-list">
            {data.learningGroupSessions.map((session) => (
              <li key={session.id} className="utrecht-ordered-list__item">
                <SessionItem
                  session={session}
                  members={members}
                  canEdit={canEdit}
                  onChange={reload}
                />
              </li>
            ))}
          </ol>
        )}
      </Loaded>
    </section>
  );
}

function SessionItem({
  session,
  members,
  canEdit,
  onChange,
}: {
  session: Session;
  members: Person[];
  canEdit: boolean;
  onChange(): Promise<void>;
}) {
  const { s, lang } = useSessionText();
  const [editing, setEditing] = useState(false);
  const id = `session-${session.groupNumber}-${session.sequence}`;
  const byMember = new Map(session.attendance.map((a) => [a.member?.id, a.status]));
  return (
    <article aria-labelledby={`${id}-title`} data-testid={id}>
      <p className="utrecht-paragraph" id={`${id}-title`}>
        <strong>
          {s.session(session.sequence)}: {formatSession(session.startsAt, lang)}
        </strong>
      </p>
      <Paragraph>
        <strong>{s.agenda}:</strong> {session.agenda || s.noAgenda}
      </Paragraph>
      {session.notes && (
        <Paragraph>
          <strong>{s.notes}:</strong> {session.notes}
        </Paragraph>
      )}
      {session.attendance.length > 0 && (
        <Paragraph>
          <strong>{s.attendanceTitle}:</strong>{' '}
          {members
            .filter((m) => byMember.has(m.id))
            .map((m, index) => (
              <Fragment key={m.id}>
                {index > 0 && ', '}
                <MemberLink id={m.id} name={m.name} avatar={false} /> (
                {s.status[byMember.get(m.id)!].toLowerCase()})
              </Fragment>
            ))}
        </Paragraph>
      )}
      {canEdit ? (
        <ReflectionsOverview id={id} session={session} />
      ) : (
        new Date(session.startsAt).getTime() < Date.now() && (
          <ReflectionForm id={id} session={session} onSaved={onChange} />
        )
      )}
      {canEdit &&
        (editing ? (
          <>
            <SessionForm id={id} session={session} onSaved={onChange} />
            <AttendanceForm id={id} session={session} members={members} onSaved={onChange} />
            <Button appearance="subtle" onClick={() => setEditing(false)}>
              {s.close}
            </Button>
          </>
        ) : (
          <Button
            appearance="secondary-action"
            aria-describedby={`${id}-title`}
            onClick={() => setEditing(true)}
          >
            {s.edit}
          </Button>
        ))}
    </article>
  );
}

function SessionForm({
  id,
  session,
  onSaved,
}: {
  id: string;
  session: Session;
  onSaved(): Promise<void>;
}) {
  const { s, t } = useSessionText();
  const [startsAt, setStartsAt] = useState(session.startsAtLocal);
  const [agenda, setAgenda] = useState(session.agenda);
  const [notes, setNotes] = useState(session.notes);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await request(UpdateLearningGroupSessionDocument, {
        input: { sessionId: session.id, startsAt, agenda, notes },
      });
      setError(null);
      setSaved(true);
      await onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  const message = (field: string) => fieldMessage(s, field, error?.fieldError(field));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error && (
        <ErrorSummary
          title={t.genericError}
          message={error.fields.length === 0 ? error.message : t.fixFields}
          items={firstPerField(error.fields).map((f) => ({
            target: `${id}-${f.field}`,
            message: fieldMessage(s, f.field, f.message)!,
          }))}
        />
      )}
      {saved && <Alert type="ok">{s.saved}</Alert>}
      <TextField
        id={`${id}-startsAt`}
        label={s.startsAt}
        description={s.startsAtHint}
        error={message('startsAt')}
        type="datetime-local"
        value={startsAt}
        onChange={(e) => setStartsAt(e.target.value)}
      />
      <TextAreaField
        id={`${id}-agenda`}
        label={s.agenda}
        error={message('agenda')}
        value={agenda}
        onChange={setAgenda}
      />
      <TextAreaField
        id={`${id}-notes`}
        label={s.notes}
        error={message('notes')}
        value={notes}
        onChange={setNotes}
      />
      <Button type="submit">{s.save}</Button>
    </form>
  );
}

function AttendanceForm({
  id,
  session,
  members,
  onSaved,
}: {
  id: string;
  session: Session;
  members: Person[];
  onSaved(): Promise<void>;
}) {
  const { s, t } = useSessionText();
  const [statuses, setStatuses] = useState<Record<string, LearningGroupAttendanceStatus | ''>>(
    Object.fromEntries(session.attendance.map((a) => [a.member?.id ?? '', a.status])),
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const attendance = members.flatMap((m) =>
      statuses[m.id]
        ? [{ memberId: m.id, status: statuses[m.id] as LearningGroupAttendanceStatus }]
        : [],
    );
    if (attendance.length === 0) return;
    try {
      await request(RecordLearningGroupAttendanceDocument, {
        input: { sessionId: session.id, attendance },
      });
      setError(null);
      setSaved(true);
      await onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset id={`${id}-attendance`} legend={s.attendanceTitle}>
        {error && <Alert type="error">{error.message}</Alert>}
        {saved && <Alert type="ok">{s.attendanceSaved}</Alert>}
        {members.map((m) => (
          <SelectField
            key={m.id}
            id={`${id}-attendance-${m.id}`}
            label={s.attendanceOf(m.name)}
            value={statuses[m.id] ?? ''}
            onChange={(e) =>
              setStatuses({
                ...statuses,
                [m.id]: e.target.value as LearningGroupAttendanceStatus | '',
              })
            }
          >
            <option value="">{s.notRecorded}</option>
            {ATTENDANCE.map((status) => (
              <option key={status} value={status}>
                {s.status[status]}
              </option>
            ))}
          </SelectField>
        ))}
      </Fieldset>
      <Button type="submit">{s.saveAttendance}</Button>
    </form>
  );
}
