import { type FormEvent, useState } from 'react';

import { type Run } from '../action';
import { RecordMeetingFollowUpDocument, RecordMeetingNotesDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Button, SelectField, TextAreaField, TextField } from '../ui';
import type { Meeting } from './meeting.page';
import { useMeetingText } from './messages';

// After a meeting the coordinator records follow-up actions and the notes.

export function FollowUpForm({ meeting, run }: { meeting: Meeting; run: Run }) {
  const { m, t } = useMeetingText();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t.required);
      return;
    }
    setError(undefined);
    void run(async () => {
      await request(RecordMeetingFollowUpDocument, {
        input: {
          meetingId: meeting.id,
          text: text.trim(),
          ...(ownerId ? { ownerId } : {}),
          ...(dueOn ? { dueOn } : {}),
        },
      });
      setText('');
      setOwnerId('');
      setDueOn('');
    }, m.followUpSaved);
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <TextField
        id="follow-up-text"
        label={m.followUpText}
        error={error}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="row row--end">
        <SelectField
          id="follow-up-owner"
          label={m.followUpOwner}
          value={ownerId}
          onChange={(event) => setOwnerId(event.target.value)}
        >
          <option value="">{m.followUpNobody}</option>
          {meeting.attendees.nodes.map(({ member }) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="follow-up-due"
          label={m.followUpDue}
          type="date"
          value={dueOn}
          onChange={(event) => setDueOn(event.target.value)}
        />
      </div>
      <Button type="submit" appearance="secondary-action">
        {m.followUpButton}
      </Button>
    </form>
  );
}

export function NotesForm({ meeting, run }: { meeting: Meeting; run: Run }) {
  const { m } = useMeetingText();
  const [notes, setNotes] = useState(meeting.notes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await request(RecordMeetingNotesDocument, { input: { meetingId: meeting.id, notes } });
    }, m.notesSaved);
  };
  return (
    <form onSubmit={submit} className="form">
      <TextAreaField
        id="meeting-notes"
        label={m.notesLabel}
        rows={6}
        value={notes}
        onChange={setNotes}
      />
      <Button type="submit" appearance="secondary-action">
        {m.notesButton}
      </Button>
    </form>
  );
}
