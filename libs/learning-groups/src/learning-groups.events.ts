import { defineEvent } from '@leerhuis/platform-events';

export const programmeDescribed = defineEvent<{ programmeId: string; directorId: string }>(
  'learning-groups.programme-described',
);

export const learningGroupCreated = defineEvent<{
  learningGroupId: string;
  facilitatorId: string;
  createdBy: string;
}>('learning-groups.learning-group-created');

export const learningGroupApplied = defineEvent<{
  learningGroupId: string;
  applicationId: string;
  applicantId: string;
}>('learning-groups.applied');

export const learningGroupApplicationWithdrawn = defineEvent<{
  learningGroupId: string;
  applicantId: string;
}>('learning-groups.application-withdrawn');

/** The facilitator confirmed who is in which group: everyone who applied hears the outcome. */
export const learningGroupComposed = defineEvent<{
  learningGroupId: string;
  confirmedBy: string;
  groups: { number: number; memberIds: string[] }[];
  notPlacedIds: string[];
}>('learning-groups.composed');

export const learningGroupFinished = defineEvent<{ learningGroupId: string; finishedBy: string }>(
  'learning-groups.finished',
);

/** The facilitator (re)scheduled a session or changed its agenda or notes. */
export const learningGroupSessionUpdated = defineEvent<{
  learningGroupId: string;
  sessionId: string;
  updatedBy: string;
  changed: string[];
}>('learning-groups.session-updated');

export const learningGroupAttendanceRecorded = defineEvent<{
  learningGroupId: string;
  sessionId: string;
  recordedBy: string;
  memberIds: string[];
}>('learning-groups.attendance-recorded');

/** A group's shared output was published (to a CoP, or platform-wide) and joined the harvest. */
export const learningGroupOutputPublished = defineEvent<{
  outputId: string;
  learningGroupId: string;
  groupNumber: number;
  publishedBy: string;
  /** Null: published to the whole platform. */
  communityId: string | null;
  harvestLessonId: string;
  memberIds: string[];
}>('learning-groups.output-published');

/** A programme director picked a peer to be introduced to: the peer is asked. */
export const peerIntroductionPicked = defineEvent<{
  introductionId: string;
  requesterId: string;
  peerId: string;
}>('learning-groups.peer-introduction-picked');

/** The peer accepted: both get an introduction email. */
export const peerIntroductionAccepted = defineEvent<{
  introductionId: string;
  requesterId: string;
  peerId: string;
}>('learning-groups.peer-introduction-accepted');

/** A rode draad was recorded or changed. */
export const learningGroupThreadSaved = defineEvent<{
  learningGroupId: string;
  threadId: string;
  savedBy: string;
}>('learning-groups.thread-saved');

/** A leergroep's sessions became rows (first read after confirmation): reflections get scheduled. */
export const learningGroupSessionsMaterialised = defineEvent<{ learningGroupId: string }>(
  'learning-groups.sessions-materialised',
);

/** A member submitted a reflection on a session. */
export const learningGroupReflected = defineEvent<{
  learningGroupId: string;
  sessionId: string;
  memberId: string;
}>('learning-groups.reflected');
