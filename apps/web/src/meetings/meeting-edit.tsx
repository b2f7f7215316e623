import { type FormEvent, useState } from 'react';

import { type Run } from '../action';
import { CancelMeetingDocument, UpdateMeetingDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Button, Heading, TextAreaField } from '../ui';
import type { Meeting } from './meeting.page';
import { MeetingForm, meetingInput, type MeetingValues } from './meeting-form';
import { useMeetingText } from './messages';

// The coordinator's changes to a coming meeting: editing it and cancelling it.

function valuesOf(meeting: Meeting): MeetingValues {
  return {
    title: meeting.title,
    date: meeting.startsAtLocal.slice(0, 10),
    start: meeting.startsAtLocal.slice(11, 16),
    end: meeting.endsAtLocal.slice(11, 16),
    address: meeting.address ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    agenda: meeting.agenda,
    capacity: meeting.capacity == null ? '' : String(meeting.capacity),
  };
}

/** Time, place, agenda and seats; the form opens on request to keep the page calm. */
export function EditMeeting({
  meeting,
  onSaved,
}: {
  meeting: Meeting;
  onSaved(): Promise<unknown>;
}) {
  const { m } = useMeetingText();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p className="nl-paragraph">
        <Button appearance="secondary-action" aria-expanded={false} onClick={() => setOpen(true)}>
          {m.editOpen}
        </Button>
      </p>
    );
  }
  return (
    <section className="manage" data-testid="edit-meeting">
      <MeetingForm
        id="edit-meeting"
        headingLevel={2}
        title={m.editTitle}
        intro={m.editIntro}
        submitLabel={m.editButton}
        capacityDescription={m.editCapacityDescription}
        initial={valuesOf(meeting)}
        onSubmit={async (values) => {
          await request(UpdateMeetingDocument, {
            input: { meetingId: meeting.id, ...meetingInput(values) },
          });
          setOpen(false);
          await onSaved();
        }}
        onCancel={() => setOpen(false)}
      />
    </section>
  );
}

export function CancelForm({ meeting, run }: { meeting: Meeting; run: Run }) {
  const { m } = useMeetingText();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await request(CancelMeetingDocument, {
        input: { meetingId: meeting.id, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      });
    }, m.cancelledDone);
  };
  return (
    <section aria-labelledby="cancel-meeting" className="manage">
      <Heading level={2} id="cancel-meeting">
        {m.cancelTitle}
      </Heading>
      <form onSubmit={submit} className="form">
        <TextAreaField
          id="cancel-reason"
          label={m.cancelReason}
          description={m.cancelReasonDescription}
          rows={2}
          value={reason}
          onChange={setReason}
        />
        <Button type="submit" appearance="secondary-action">
          {m.cancelButton}
        </Button>
      </form>
    </section>
  );
}
