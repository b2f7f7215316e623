import { useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  CommunityMeetingsDocument,
  type MeetingSummaryFragment,
  ScheduleMeetingDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Loaded } from '../loaded';
import { Alert, Heading, Paragraph } from '../ui';
import { EMPTY_MEETING, MeetingForm, meetingInput } from './meeting-form';
import { useMeetingText } from './messages';
import { MeetingList } from './parts';

/** The CoP page's "Bijeenkomsten": upcoming meetings, and planning one for coordinators. */
export function CommunityMeetings({
  communityId,
  isMember,
  canSchedule,
}: {
  communityId: string;
  isMember: boolean;
  canSchedule: boolean;
}) {
  const { m } = useMeetingText();
  const [notice, setNotice] = useState<string | null>(null);
  const meetings = useApiQuery(
    CommunityMeetingsDocument,
    { communityId, first: 20 },
    { enabled: isMember, select: (data) => data.meetings.nodes },
  );

  return (
    <section aria-labelledby="part-meetings" data-testid="part-meetings">
      <Heading level={2} id="part-meetings">
        {m.meetings}
      </Heading>
      {!isMember ? (
        <Paragraph>{m.membersOnly}</Paragraph>
      ) : (
        <Loaded state={meetings} isEmpty={(list) => list.length === 0} empty={m.none}>
          {(list) => <MeetingList meetings={list} />}
        </Loaded>
      )}
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {isMember && canSchedule && (
        <ScheduleMeetingForm
          communityId={communityId}
          onScheduled={(meeting) => {
            setNotice(m.scheduled(meeting.title));
            void meetings.reload();
          }}
        />
      )}
    </section>
  );
}

function ScheduleMeetingForm({
  communityId,
  onScheduled,
}: {
  communityId: string;
  onScheduled(meeting: MeetingSummaryFragment): void;
}) {
  const { m } = useMeetingText();
  return (
    <MeetingForm
      id="schedule-meeting"
      title={m.schedule}
      intro={m.scheduleIntro}
      submitLabel={m.scheduleButton}
      initial={EMPTY_MEETING}
      onSubmit={async (values) => {
        const { address, onlineUrl, agenda, capacity, ...rest } = meetingInput(values);
        const { scheduleMeeting } = await request(ScheduleMeetingDocument, {
          input: {
            communityId,
            ...rest,
            ...(address ? { address } : {}),
            ...(onlineUrl ? { onlineUrl } : {}),
            ...(agenda.trim() ? { agenda } : {}),
            ...(capacity !== null ? { capacity } : {}),
          },
        });
        onScheduled(scheduleMeeting);
      }}
    />
  );
}
