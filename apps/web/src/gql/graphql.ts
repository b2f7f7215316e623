/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptCommunityInvitationInput = {
  /** The token from the invitation link. */
  token: string;
};

export type AcceptIntervisionAgreementInput = {
  /** Must be true: I will keep what is shared in this group confidential. */
  accept: boolean;
  /** The version of the agreement the member read. */
  agreementVersion: number;
  groupId: string | number;
};

export type AcceptIntervisionCaseInput = {
  /** Advance by itself at the deadline. */
  autoAdvance?: boolean | null | undefined;
  caseId: string | number;
  methodId: string | number;
  /** Open the first phase at once. */
  openFirstPhase?: boolean | null | undefined;
  /** Seconds until the phase's deadline; default: the method's time window. */
  windowSeconds?: number | null | undefined;
};

export type AnswerIntervisionFollowUpInput = {
  answer: string;
  caseId: string | number;
};

export type AnswerPeerIntroductionInput = {
  accept: boolean;
  introductionId: string | number;
};

export type ApplyToLearningGroupInput = {
  learningGroupId: string | number;
  /** What you want to learn in the leergroep. */
  learningWish: string;
  programmeId: string | number;
};

export type ApproveLearningGroupOutputInput = {
  outputId: string | number;
  /** The version you read and approve. */
  version: number;
};

export type AttendanceEntryInput = {
  memberId: string | number;
  status: LearningGroupAttendanceStatus;
};

export type BoundarySpannerAnswerInput = {
  itemKey: string;
  /** 1 (strongly disagree) … 5 (strongly agree). */
  value: number;
};

/** The six preferred styles of a grenswerker (boundary spanner). */
export type BoundarySpannerStyle =
  'CARTOGRAAF' | 'HELD' | 'MOTIVATOR' | 'ONDERHANDELAAR' | 'VERBINDER' | 'VINDER';

/** Who may see your boundary-spanner profile: only you (PRIVATE, the default), members who share an active CoP with you (MY_COMMUNITIES), or every member (EVERYONE). */
export type BoundarySpannerVisibility = 'EVERYONE' | 'MY_COMMUNITIES' | 'PRIVATE';

export type CancelMeetingInput = {
  meetingId: string | number;
  /** Why; shown to the members. */
  reason?: string | null | undefined;
};

export type CloseIntervisionCaseInput = {
  caseId: string | number;
  /** The lessons, written so they can be shared without names. */
  lessons: string;
};

export type CoffeeDateFeedbackInput = {
  matchId: string | number;
  /** Did you meet? */
  met: boolean;
  nextStep?: CoffeeDateNextStep | null | undefined;
  /** 1 to 5. */
  rating?: number | null | undefined;
};

export type CoffeeDateMatchKind = 'GROUP' | 'PAIR' | 'TRIO';

export type CoffeeDateMemberInput = {
  memberId: string | number;
};

export type CoffeeDateNextStep = 'INTRODUCE_SOMEONE' | 'JOIN_COMMUNITY' | 'START_SOMETHING';

export type CoffeeDateResponse = 'ACCEPTED' | 'DECLINED' | 'PENDING';

export type CoffeeDateRoundInput = {
  roundId: string | number;
};

export type CoffeeDateRoundKind = 'MONTHLY' | 'TEAM';

/** OPEN (sign-up) → MATCHING → MATCHED (emails sent) → CLOSED (stats). */
export type CoffeeDateRoundState = 'CLOSED' | 'MATCHED' | 'MATCHING' | 'OPEN';

export type CommunityMemberInput = {
  communityId: string | number;
  memberId: string | number;
};

/** A CoP's new threads and replies: IMMEDIATE (a notification each), DIGEST (in the digest), MUTED (nothing). */
export type CommunityNotificationMode = 'DIGEST' | 'IMMEDIATE' | 'MUTED';

/** Lifecycle phase of a CoP, set by its coordinators; CLOSED also means handed over. */
export type CommunityPhase =
  | 'ANCHORING'
  | 'CLOSED'
  | 'CONNECTION_AND_TRUST'
  | 'DEEPENING'
  | 'HARVEST'
  | 'OWNERSHIP'
  | 'PREPARATION';

export type CommunityRefInput = {
  communityId: string | number;
};

export type CommunityRole = 'COORDINATOR' | 'MEMBER' | 'MODERATOR';

/** PROPOSED until a platform admin approves it (or the policy opens it at once). */
export type CommunityStatus = 'ACTIVE' | 'PROPOSED';

export type CompleteProfileInput = {
  jobRole: JobRole;
  /** nl (default) or en */
  language?: string | null | undefined;
  name: string;
  organisationId: string | number;
  themes?: Array<string> | null | undefined;
};

export type ConfirmEmailAddressInput = {
  /** The token from the confirmation link. */
  token: string;
};

export type ContributeToIntervisionCaseInput = {
  body: string;
  caseId: string | number;
  kind: IntervisionContributionKind;
};

export type CreateIntervisionGroupInput = {
  /** The CoP the group belongs to; neither this nor learningGroupId: standalone. */
  communityId?: string | number | null | undefined;
  /** The confidentiality agreement every member accepts on joining. */
  confidentialityText: string;
  description?: string | null | undefined;
  /** Days after closing a case that its owner is asked about the next step (28). */
  followUpDays?: number | null | undefined;
  /** The leergroep the group belongs to (not together with communityId). */
  learningGroupId?: string | number | null | undefined;
  name: string;
};

export type CreateLearningGroupInput = {
  /** Weeks between sessions; default 6. */
  cadenceWeeks?: number | null | undefined;
  cohortEndsOn: string;
  cohortStartsOn: string;
  /** A member; may work outside the ministries. */
  facilitatorId: string | number;
  /** First session, Amsterdam wall-clock time: YYYY-MM-DDTHH:mm. */
  firstSessionAt: string;
  goal?: string | null | undefined;
  location?: string | null | undefined;
  name: string;
  /** Default 180. */
  sessionMinutes?: number | null | undefined;
  /** Planned group size, 4–8; default 6. */
  targetSize?: number | null | undefined;
};

export type CreateLearningGroupOutputInput = {
  /** Markdown, 1 to 10,000 characters. */
  body: string;
  groupNumber: number;
  learningGroupId: string | number;
  title: string;
  type: LearningGroupOutputType;
};

export type CreateLearningGroupThreadInput = {
  body?: string | null | undefined;
  learningGroupId: string | number;
  /** Sessions of this leergroep it runs through. */
  sessionIds?: Array<string | number> | null | undefined;
  themes?: Array<string> | null | undefined;
  title: string;
};

export type DecideJoinRequestInput = {
  approve: boolean;
  communityId: string | number;
  memberId: string | number;
  /** Sent to the applicant with the outcome. */
  message?: string | null | undefined;
};

export type DescribeProgrammeInput = {
  hasBudget: boolean;
  /** The owning ministry: an organisation of type MINISTRY. */
  ministryId: string | number;
  name: string;
  phase: ProgrammePhase;
  strategy: ProgrammeStrategy;
  themes?: Array<string> | null | undefined;
  type: ProgrammeType;
};

/** How often the digest comes (BIWEEKLY: every two weeks); NEVER switches it off. */
export type DigestFrequency = 'BIWEEKLY' | 'DAILY' | 'MONTHLY' | 'NEVER' | 'WEEKLY';

export type DiscussionReplyRefInput = {
  replyId: string | number;
};

/** HIDE the reported post, or DISMISS the report. */
export type DiscussionReportAction = 'DISMISS' | 'HIDE';

/** OPEN until a moderator hides the post (HIDDEN) or dismisses the report. */
export type DiscussionReportStatus = 'DISMISSED' | 'HIDDEN' | 'OPEN';

export type DiscussionThreadRefInput = {
  threadId: string | number;
};

export type DraftIntervisionCaseInput = {
  groupId: string | number;
  /** The question to the group. */
  question: string;
  /** The situation: what happened. */
  situationWhat: string;
  situationWhen?: string | null | undefined;
  situationWhere?: string | null | undefined;
  /** Who was involved (roles, not names, is wise). */
  situationWho?: string | null | undefined;
  title: string;
  /** What the case owner already tried. */
  tried?: string | null | undefined;
};

export type EditDiscussionReplyInput = {
  body: string;
  replyId: string | number;
};

export type EditDiscussionThreadInput = {
  body?: string | null | undefined;
  threadId: string | number;
  title?: string | null | undefined;
};

export type EditIntervisionContributionInput = {
  body: string;
  contributionId: string | number;
};

export type ExtendIntervisionPhaseInput = {
  caseId: string | number;
  /** Seconds added to the deadline (from now if it has passed). */
  extraSeconds: number;
};

/** MEMBERS: only the CoP's members. PLATFORM: every signed-in member (a hidden CoP stays unnamed). */
export type HarvestAudience = 'MEMBERS' | 'PLATFORM';

export type HarvestLessonInput = {
  audience: HarvestAudience;
  communityId: string | number;
  /** Members of the CoP who contributed. */
  contributorIds?: Array<string | number> | null | undefined;
  /** Markdown source. */
  description: string;
  /** YYYY-MM-DD, not in the future. */
  occurredOn?: string | null | undefined;
  title: string;
  type: LessonType;
};

export type IntervisionCaseRefInput = {
  caseId: string | number;
};

export type IntervisionCaseState = 'ACCEPTED' | 'CLOSED' | 'CLOSING' | 'DRAFT' | 'IN_PHASE';

export type IntervisionContributionKind =
  | 'ADVICE'
  | 'ANSWER'
  | 'CLARIFYING_QUESTION'
  | 'EVALUATION'
  | 'NEXT_STEP'
  | 'PERSPECTIVE'
  | 'REFLECTION';

/** Where a group lives: inside a CoP, inside a leergroep, or on its own. */
export type IntervisionGroupContext = 'COMMUNITY' | 'LEARNING_GROUP' | 'STANDALONE';

export type IntervisionGroupRefInput = {
  groupId: string | number;
};

export type IntervisionGroupRole = 'MODERATOR' | 'PARTICIPANT';

export type IntervisionLessonSharingInput = {
  caseId: string | number;
  scope: IntervisionShareScope;
};

/** INVITED until the confidentiality agreement is accepted. */
export type IntervisionMemberStatus = 'ACTIVE' | 'INVITED' | 'LEFT';

export type IntervisionPhaseActionInput = {
  /** Advance by itself at the deadline. */
  autoAdvance?: boolean | null | undefined;
  caseId: string | number;
  /** Seconds until the phase's deadline; default: the method's time window. */
  windowSeconds?: number | null | undefined;
};

export type IntervisionPhaseStatus = 'CLOSED' | 'OPEN' | 'PENDING';

/** Who may write in a phase: the case owner, the other participants, the moderator. */
export type IntervisionRole = 'CASE_OWNER' | 'MODERATOR' | 'PARTICIPANTS';

/** Who may read the anonymised lessons: nobody outside the group, the CoP, everyone. */
export type IntervisionShareScope = 'COMMUNITY' | 'NONE' | 'PLATFORM';

/** What is expected of the viewer on a case right now. */
export type IntervisionTask =
  | 'ACCEPT_CASE'
  | 'ANSWER_FOLLOW_UP'
  | 'CONTRIBUTE'
  | 'DONE'
  | 'LISTEN'
  | 'MODERATE'
  | 'NONE'
  | 'OPEN_PHASE'
  | 'RECORD_LESSONS'
  | 'WAIT'
  | 'WAIT_FOR_ACCEPTANCE'
  | 'WRITE_REFLECTION';

export type InviteToCommunityInput = {
  communityId: string | number;
  email?: string | null | undefined;
  memberId?: string | number | null | undefined;
  /** A personal note in the invitation. */
  message?: string | null | undefined;
};

export type InviteToIntervisionGroupInput = {
  groupId: string | number;
  memberId: string | number;
  role?: IntervisionGroupRole | null | undefined;
};

export type JobRole =
  | 'ADVISER'
  | 'FACILITATOR'
  | 'IMPLEMENTER'
  | 'INSPECTOR'
  | 'MANAGER'
  | 'OTHER'
  | 'POLICY_OFFICER'
  | 'PROGRAMME_DIRECTOR'
  | 'PROGRAMME_MANAGER'
  | 'TRAINEE';

/** How people get in: OPEN, ON_REQUEST, INVITE_ONLY, or HIDDEN (not discoverable). */
export type JoinPolicy = 'HIDDEN' | 'INVITE_ONLY' | 'ON_REQUEST' | 'OPEN';

export type LearningGroupApplicationStatus = 'APPLIED' | 'NOT_PLACED' | 'PLACED';

export type LearningGroupAttendanceStatus = 'ABSENT' | 'EXCUSED' | 'PRESENT';

/** Lessons learned, or an article. */
export type LearningGroupOutputType = 'ARTICLE' | 'LESSONS';

export type LearningGroupRefInput = {
  learningGroupId: string | number;
};

export type LearningGroupReflectionInput = {
  /** What do we adjust? */
  adjust: string;
  /** What happened in the session. */
  happened: string;
  sessionId: string | number;
  /** What did it yield? */
  yielded: string;
};

export type LearningGroupRole = 'FACILITATOR' | 'MEMBER';

/** OPEN_FOR_APPLICATIONS → COMPOSING (a proposal exists) → RUNNING → FINISHED. */
export type LearningGroupStatus = 'COMPOSING' | 'FINISHED' | 'OPEN_FOR_APPLICATIONS' | 'RUNNING';

export type LessonRefInput = {
  lessonId: string | number;
};

/** What a lesson yielded: faster or deeper plan development, a new practice implemented, knowledge transferred to a sector, a barrier government can remove, professional development. */
export type LessonType =
  | 'BARRIER_GOVERNMENT_CAN_REMOVE'
  | 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT'
  | 'KNOWLEDGE_TRANSFERRED_TO_SECTOR'
  | 'NEW_PRACTICE_IMPLEMENTED'
  | 'PROFESSIONAL_DEVELOPMENT';

export type LiftEmailSuppressionInput = {
  address: string;
};

export type MarkNotificationsReadInput = {
  /** Which ones; none: all of them. */
  ids?: Array<string | number> | null | undefined;
};

/** PENDING: asked to join, waiting for a coordinator. ACTIVE: a member. */
export type MembershipStatus = 'ACTIVE' | 'PENDING';

export type ModerateDiscussionThreadInput = {
  locked?: boolean | null | undefined;
  pinned?: boolean | null | undefined;
  threadId: string | number;
};

export type MoveLearningGroupMemberInput = {
  learningGroupId: string | number;
  memberId: string | number;
  /** The group (1-based) to move to; one past the last adds a group. */
  toGroup: number;
};

/** IMMEDIATE: an email soon (notification emails are batched); DIGEST: in the next digest; IN_APP: only in the notification list. */
export type NotificationChannel = 'DIGEST' | 'IMMEDIATE' | 'IN_APP';

export type NotificationKind =
  | 'COFFEE_DATE'
  | 'COMMUNITY_ACTIVITY'
  | 'INTERVISION_PHASE'
  | 'MEETING_CHANGE'
  | 'MENTION'
  | 'REPLY';

export type OptInToCoffeeDatesInput = {
  /** Every month until I pause. */
  everyMonth?: boolean;
  /** A round to join (must be open); default: the open round, else the next one. */
  roundId?: string | number | null | undefined;
};

/** Ministry → directoraat-generaal → directie, plus agencies, inspectorates, other governments and partners. */
export type OrganisationType =
  | 'DIRECTORATE'
  | 'DIRECTORATE_GENERAL'
  | 'EXECUTIVE_AGENCY'
  | 'INSPECTORATE'
  | 'MINISTRY'
  | 'MUNICIPALITY'
  | 'PARTNER'
  | 'PROVINCE'
  | 'WATER_BOARD';

export type PauseCoffeeDatesInput = {
  /** 1 to 6 months. */
  months: number;
};

export type PeerIntroductionReasonCode =
  'SAME_PHASE' | 'SAME_STRATEGY' | 'SAME_TYPE' | 'SHARED_THEMES';

/** PROPOSED → (requester picks) PICKED → (peer answers) ACCEPTED / DECLINED. */
export type PeerIntroductionStatus = 'ACCEPTED' | 'DECLINED' | 'PICKED' | 'PROPOSED';

export type PickPeerInput = {
  introductionId: string | number;
  peerId: string | number;
};

export type ProgrammePhase = 'AFRONDING' | 'START' | 'UITVOERING';

export type ProgrammeStrategy = 'IMPLEMENTATION' | 'POLICY' | 'STIMULATION';

/** Ketenregie within fixed external frameworks / within self-set frameworks; ketensturing within frameworks set by the minister / through co-financing. */
export type ProgrammeType =
  | 'KETENREGIE_FIXED_FRAMEWORKS'
  | 'KETENREGIE_OWN_FRAMEWORKS'
  | 'KETENSTURING_COFINANCING'
  | 'KETENSTURING_MINISTER_FRAMEWORKS';

export type ProposeCommunityInput = {
  centralQuestions?: Array<string> | null | undefined;
  domain?: string | null | undefined;
  goal?: string | null | undefined;
  joinPolicy: JoinPolicy;
  name: string;
  /** YYYY-MM-DD, after startsOn. */
  plannedEndOn?: string | null | undefined;
  /** Made from the name when left out (with -2, -3… when taken). */
  slug?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
  themes?: Array<string> | null | undefined;
  welcomeMessage?: string | null | undefined;
};

export type PublishLearningGroupOutputInput = {
  /** A CoP you are an active member of; leave out to publish to the whole platform. */
  communityId?: string | number | null | undefined;
  outputId: string | number;
};

export type RecordAttendanceInput = {
  attendance: Array<AttendanceEntryInput>;
  sessionId: string | number;
};

export type RecordFollowUpInput = {
  /** By when, YYYY-MM-DD. */
  dueOn?: string | null | undefined;
  meetingId: string | number;
  /** Who does it: a member of the CoP. */
  ownerId?: string | number | null | undefined;
  /** What will be done. */
  text: string;
};

export type RecordMeetingNotesInput = {
  meetingId: string | number;
  /** Markdown, at most 20,000 characters; replaces earlier notes. */
  notes: string;
};

export type ReplyToDiscussionThreadInput = {
  /** Markdown, 1 to 20,000 characters. Mention with @[Name](memberId). */
  body: string;
  threadId: string | number;
};

export type ReportDiscussionPostInput = {
  /** Why, 1 to 500 characters; only moderators read it. */
  reason: string;
  /** Leave out to mean the thread itself. */
  replyId?: string | number | null | undefined;
  threadId: string | number;
};

export type RequestPeerIntroductionInput = {
  /** One of your programmes. */
  programmeId?: string | number | null | undefined;
};

export type RequestSignInLinkInput = {
  /** Your work email address. */
  email: string;
  /** Language of the email for new addresses: nl (default) or en. */
  language?: string | null | undefined;
};

export type RequestTeamCoffeeDateInput = {
  /** A CoP you coordinate: all its active members. */
  communityId?: string | number | null | undefined;
  /** The day (YYYY-MM-DD, Amsterdam). */
  meetOn: string;
  /** Or 4 to 12 members of a CoP you coordinate. */
  memberIds?: Array<string | number> | null | undefined;
};

export type RequestToJoinCommunityInput = {
  communityId: string | number;
  /** Why you would like to join. */
  motivation?: string | null | undefined;
};

export type ResolveDiscussionReportInput = {
  action: DiscussionReportAction;
  reportId: string | number;
};

export type RsvpResponse = 'GOING' | 'MAYBE' | 'NOT_GOING';

/** WAITING: wanted to go when the meeting was full; moved up when a seat frees. */
export type RsvpStatus = 'GOING' | 'MAYBE' | 'NOT_GOING' | 'WAITING';

export type RsvpToMeetingInput = {
  meetingId: string | number;
  response: RsvpResponse;
};

export type SaveBoundarySpannerAnswersInput = {
  answers: Array<BoundarySpannerAnswerInput>;
  /** The questionnaire version the answers were given on. */
  version: number;
};

export type ScheduleMeetingInput = {
  /** Where: an address (or give onlineUrl). */
  address?: string | null | undefined;
  /** Markdown, at most 10,000 characters. */
  agenda?: string | null | undefined;
  /** 1 to 1000 seats; leave out for no limit. */
  capacity?: number | null | undefined;
  communityId: string | number;
  /** Local date and time in Europe/Amsterdam; after startsAt. */
  endsAt: string;
  /** Where: an https link to join online. */
  onlineUrl?: string | null | undefined;
  /** Local date and time in Europe/Amsterdam, like 2027-03-28T10:00. */
  startsAt: string;
  title: string;
};

export type SetBoundarySpannerVisibilityInput = {
  visibility: BoundarySpannerVisibility;
};

export type SetCommunityNotificationModeInput = {
  communityId: string | number;
  mode: CommunityNotificationMode;
};

export type SetCommunityPhaseInput = {
  communityId: string | number;
  phase: CommunityPhase;
};

export type SetCommunityRoleInput = {
  communityId: string | number;
  memberId: string | number;
  role: CommunityRole;
};

export type SetDiscussionPostHiddenInput = {
  hidden: boolean;
  /** Leave out to mean the thread itself. */
  replyId?: string | number | null | undefined;
  threadId: string | number;
};

export type StartDiscussionThreadInput = {
  /** Markdown, 1 to 20,000 characters. Mention with @[Name](memberId). */
  body: string;
  communityId: string | number;
  /** 3 to 200 characters. */
  title: string;
};

export type SubmitBoundarySpannerQuestionnaireInput = {
  /** Last answers, saved together with the submission. */
  answers?: Array<BoundarySpannerAnswerInput> | null | undefined;
  /** Your draft attempt. */
  attemptId: string | number;
};

export type SubmitIntervisionReflectionInput = {
  caseId: string | number;
  nextStep: string;
  reflection: string;
};

export type UpdateCommunityInput = {
  centralQuestions?: Array<string> | null | undefined;
  communityId: string | number;
  domain?: string | null | undefined;
  goal?: string | null | undefined;
  joinPolicy?: JoinPolicy | null | undefined;
  name?: string | null | undefined;
  /** YYYY-MM-DD, after startsOn. */
  plannedEndOn?: string | null | undefined;
  slug?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  themes?: Array<string> | null | undefined;
  welcomeMessage?: string | null | undefined;
};

export type UpdateLearningGroupOutputInput = {
  body?: string | null | undefined;
  outputId: string | number;
  title?: string | null | undefined;
  type?: LearningGroupOutputType | null | undefined;
  /** The version you edited; a newer one → OUTPUT_VERSION_CHANGED. */
  version: number;
};

export type UpdateLearningGroupSessionInput = {
  agenda?: string | null | undefined;
  /** The facilitator’s notes after the session. */
  notes?: string | null | undefined;
  sessionId: string | number;
  /** New start, Amsterdam wall-clock time: YYYY-MM-DDTHH:mm. */
  startsAt?: string | null | undefined;
};

export type UpdateLessonInput = {
  audience?: HarvestAudience | null | undefined;
  /** Replaces the contributors. */
  contributorIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  lessonId: string | number;
  /** YYYY-MM-DD; null clears it. */
  occurredOn?: string | null | undefined;
  title?: string | null | undefined;
  type?: LessonType | null | undefined;
};

/** Left-out fields stay; values equal to the current ones change nothing (and send no email). A changed time or place is emailed, with an updated .ics, to those going, maybe going or waiting. */
export type UpdateMeetingInput = {
  /** Setting an address clears onlineUrl. */
  address?: string | null | undefined;
  agenda?: string | null | undefined;
  /** Seats, 1 to 1000; null removes the limit. Never below the number already going (CAPACITY_BELOW_GOING): nobody going loses their seat. More seats move the waiting list up. */
  capacity?: number | null | undefined;
  endsAt?: string | null | undefined;
  meetingId: string | number;
  /** Setting a link clears the address. */
  onlineUrl?: string | null | undefined;
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateNotificationSettingsInput = {
  coffeeDate?: NotificationChannel | null | undefined;
  digestFrequency?: DigestFrequency | null | undefined;
  /** "HH:MM", quarter hours from 00:00 to 23:45. */
  digestTime?: string | null | undefined;
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  digestWeekday?: number | null | undefined;
  /** "nl" or "en". */
  emailLanguage?: string | null | undefined;
  intervisionPhases?: NotificationChannel | null | undefined;
  meetingChanges?: NotificationChannel | null | undefined;
  mentions?: NotificationChannel | null | undefined;
  replies?: NotificationChannel | null | undefined;
};

export type BoundarySpannerProfilePartsFragment = {
  takenAt: string;
  preferredStyles: Array<BoundarySpannerStyle>;
  questionnaireVersion: number | null;
  scores: Array<{ style: BoundarySpannerStyle; score: number }>;
};

export type BoundarySpannerAttemptPartsFragment = {
  id: string;
  questionnaireVersion: number;
  answeredCount: number;
  itemCount: number;
  complete: boolean;
  missingItemKeys: Array<string>;
  answers: Array<{ itemKey: string; value: number }>;
};

export type BoundarySpannerQuestionnaireQueryVariables = Exact<{ [key: string]: never }>;

export type BoundarySpannerQuestionnaireQuery = {
  boundarySpannerQuestionnaire: {
    version: number;
    items: Array<{ key: string; style: BoundarySpannerStyle; text: { nl: string; en: string } }>;
    draft: {
      id: string;
      questionnaireVersion: number;
      answeredCount: number;
      itemCount: number;
      complete: boolean;
      missingItemKeys: Array<string>;
      answers: Array<{ itemKey: string; value: number }>;
    } | null;
  };
};

export type SaveBoundarySpannerAnswersMutationVariables = Exact<{
  input: SaveBoundarySpannerAnswersInput;
}>;

export type SaveBoundarySpannerAnswersMutation = {
  saveBoundarySpannerAnswers: {
    id: string;
    questionnaireVersion: number;
    answeredCount: number;
    itemCount: number;
    complete: boolean;
    missingItemKeys: Array<string>;
    answers: Array<{ itemKey: string; value: number }>;
  };
};

export type SubmitBoundarySpannerQuestionnaireMutationVariables = Exact<{
  input: SubmitBoundarySpannerQuestionnaireInput;
}>;

export type SubmitBoundarySpannerQuestionnaireMutation = {
  submitBoundarySpannerQuestionnaire: {
    takenAt: string;
    preferredStyles: Array<BoundarySpannerStyle>;
    questionnaireVersion: number | null;
    scores: Array<{ style: BoundarySpannerStyle; score: number }>;
  };
};

export type MyBoundarySpannerProfileQueryVariables = Exact<{ [key: string]: never }>;

export type MyBoundarySpannerProfileQuery = {
  myBoundarySpannerVisibility: BoundarySpannerVisibility;
  myBoundarySpannerProfile: {
    takenAt: string;
    preferredStyles: Array<BoundarySpannerStyle>;
    questionnaireVersion: number | null;
    scores: Array<{ style: BoundarySpannerStyle; score: number }>;
  } | null;
  myBoundarySpannerProfileHistory: Array<{
    takenAt: string;
    preferredStyles: Array<BoundarySpannerStyle>;
    questionnaireVersion: number | null;
    scores: Array<{ style: BoundarySpannerStyle; score: number }>;
  }>;
};

export type SetBoundarySpannerVisibilityMutationVariables = Exact<{
  input: SetBoundarySpannerVisibilityInput;
}>;

export type SetBoundarySpannerVisibilityMutation = {
  setBoundarySpannerVisibility: BoundarySpannerVisibility;
};

export type BoundarySpannerStylesQueryVariables = Exact<{
  locale: string;
}>;

export type BoundarySpannerStylesQuery = {
  boundarySpannerStyles: Array<{ style: BoundarySpannerStyle; name: string; brings: string }>;
};

export type BoundarySpannerStyleQueryVariables = Exact<{
  style: BoundarySpannerStyle;
  locale: string;
}>;

export type BoundarySpannerStyleQuery = {
  boundarySpannerStyle: {
    style: BoundarySpannerStyle;
    name: string;
    brings: string;
    qualities: Array<string>;
    pitfalls: Array<string>;
    workingWith: Array<string>;
    complements: string;
  };
  boundarySpannerStyles: Array<{ style: BoundarySpannerStyle; name: string }>;
};

export type CommunityTeamProfileQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;

export type CommunityTeamProfileQuery = {
  community: {
    id: string;
    teamProfile: {
      memberCount: number;
      profileCount: number;
      withoutVisibleProfile: number;
      dominantStyles: Array<BoundarySpannerStyle>;
      styles: Array<{
        style: BoundarySpannerStyle;
        averageScore: number | null;
        preferredBy: number;
      }>;
    } | null;
  };
  boundarySpannerStyles: Array<{ style: BoundarySpannerStyle; name: string }>;
};

export type CoffeeDateStatusPartsFragment = {
  everyMonth: boolean;
  nextRound: boolean;
  paused: boolean;
  pausedUntil: string | null;
  unsubscribed: boolean;
  joinedOpenRound: boolean;
  repeatWindowMonths: number;
  openRound: { id: string; period: string | null; signupDeadline: string } | null;
};

export type MyCoffeeDateQueryVariables = Exact<{ [key: string]: never }>;

export type MyCoffeeDateQuery = {
  myCoffeeDate: {
    everyMonth: boolean;
    nextRound: boolean;
    paused: boolean;
    pausedUntil: string | null;
    unsubscribed: boolean;
    joinedOpenRound: boolean;
    repeatWindowMonths: number;
    openRound: { id: string; period: string | null; signupDeadline: string } | null;
  };
  myCoffeeDateBlocks: Array<{ id: string; name: string }>;
  myCoffeeDateMatches: Array<{
    id: string;
    roundPeriod: string | null;
    roundKind: CoffeeDateRoundKind;
    roundState: CoffeeDateRoundState;
    kind: CoffeeDateMatchKind;
    slotStartsAt: string;
    dissolved: boolean;
    response: CoffeeDateResponse;
    met: boolean | null;
    rating: number | null;
    nextStep: CoffeeDateNextStep | null;
    partners: Array<{
      id: string;
      name: string;
      organisation: { id: string; name: string } | null;
    }>;
  }>;
};

export type OptInToCoffeeDatesMutationVariables = Exact<{
  input: OptInToCoffeeDatesInput;
}>;

export type OptInToCoffeeDatesMutation = {
  optInToCoffeeDates: {
    everyMonth: boolean;
    nextRound: boolean;
    paused: boolean;
    pausedUntil: string | null;
    unsubscribed: boolean;
    joinedOpenRound: boolean;
    repeatWindowMonths: number;
    openRound: { id: string; period: string | null; signupDeadline: string } | null;
  };
};

export type OptOutOfCoffeeDatesMutationVariables = Exact<{ [key: string]: never }>;

export type OptOutOfCoffeeDatesMutation = {
  optOutOfCoffeeDates: {
    everyMonth: boolean;
    nextRound: boolean;
    paused: boolean;
    pausedUntil: string | null;
    unsubscribed: boolean;
    joinedOpenRound: boolean;
    repeatWindowMonths: number;
    openRound: { id: string; period: string | null; signupDeadline: string } | null;
  };
};

export type PauseCoffeeDatesMutationVariables = Exact<{
  input: PauseCoffeeDatesInput;
}>;

export type PauseCoffeeDatesMutation = {
  pauseCoffeeDates: {
    everyMonth: boolean;
    nextRound: boolean;
    paused: boolean;
    pausedUntil: string | null;
    unsubscribed: boolean;
    joinedOpenRound: boolean;
    repeatWindowMonths: number;
    openRound: { id: string; period: string | null; signupDeadline: string } | null;
  };
};

export type ResumeCoffeeDatesMutationVariables = Exact<{ [key: string]: never }>;

export type ResumeCoffeeDatesMutation = {
  resumeCoffeeDates: {
    everyMonth: boolean;
    nextRound: boolean;
    paused: boolean;
    pausedUntil: string | null;
    unsubscribed: boolean;
    joinedOpenRound: boolean;
    repeatWindowMonths: number;
    openRound: { id: string; period: string | null; signupDeadline: string } | null;
  };
};

export type CoffeeDateMemberSearchQueryVariables = Exact<{
  search: string;
}>;

export type CoffeeDateMemberSearchQuery = {
  members: { edges: Array<{ node: { id: string; name: string; isViewer: boolean } }> };
};

export type BlockCoffeeDateMemberMutationVariables = Exact<{
  input: CoffeeDateMemberInput;
}>;

export type BlockCoffeeDateMemberMutation = {
  blockCoffeeDateMember: Array<{ id: string; name: string }>;
};

export type UnblockCoffeeDateMemberMutationVariables = Exact<{
  input: CoffeeDateMemberInput;
}>;

export type UnblockCoffeeDateMemberMutation = {
  unblockCoffeeDateMember: Array<{ id: string; name: string }>;
};

export type RecordCoffeeDateFeedbackMutationVariables = Exact<{
  input: CoffeeDateFeedbackInput;
}>;

export type RecordCoffeeDateFeedbackMutation = { recordCoffeeDateFeedback: boolean };

export type CoffeeDateRoundPartsFragment = {
  id: string;
  kind: CoffeeDateRoundKind;
  period: string | null;
  state: CoffeeDateRoundState;
  opensAt: string;
  repeatWindowMonths: number;
  signupDeadline: string;
  closesAt: string;
  meetOn: string | null;
  stats: {
    participants: number;
    matched: number;
    pairs: number;
    trios: number;
    groups: number;
    unmatched: number;
    crossMinistryRate: number | null;
    withoutProfile: number;
    reportedMeetings: number;
    ratings: number;
    averageRating: number | null;
    declined: number;
    unmatchedReasons: Array<{ reason: string; count: number }>;
    styleMix: Array<{ style: string; count: number }>;
  } | null;
};

export type CoffeeDateRoundsQueryVariables = Exact<{ [key: string]: never }>;

export type CoffeeDateRoundsQuery = {
  coffeeDateRounds: {
    nodes: Array<{
      id: string;
      kind: CoffeeDateRoundKind;
      period: string | null;
      state: CoffeeDateRoundState;
      meetOn: string | null;
      participantCount: number | null;
    }>;
  };
};

export type CoffeeDateRoundQueryVariables = Exact<{
  id: string | number;
}>;

export type CoffeeDateRoundQuery = {
  coffeeDateRound: {
    id: string;
    kind: CoffeeDateRoundKind;
    period: string | null;
    state: CoffeeDateRoundState;
    opensAt: string;
    repeatWindowMonths: number;
    signupDeadline: string;
    closesAt: string;
    meetOn: string | null;
    stats: {
      participants: number;
      matched: number;
      pairs: number;
      trios: number;
      groups: number;
      unmatched: number;
      crossMinistryRate: number | null;
      withoutProfile: number;
      reportedMeetings: number;
      ratings: number;
      averageRating: number | null;
      declined: number;
      unmatchedReasons: Array<{ reason: string; count: number }>;
      styleMix: Array<{ style: string; count: number }>;
    } | null;
  };
};

export type CoffeeDateRoundPreviewQueryVariables = Exact<{
  input: CoffeeDateRoundInput;
}>;

export type CoffeeDateRoundPreviewQuery = {
  coffeeDateRoundPreview: {
    participants: number;
    objective: number;
    violations: number;
    stored: boolean;
    groups: Array<{
      kind: CoffeeDateMatchKind;
      score: number;
      reasons: Array<string>;
      members: Array<{ id: string; name: string }>;
    }>;
    unmatched: Array<{
      reason: string;
      message: string;
      member: { id: string; name: string } | null;
    }>;
  };
};

export type OpenCoffeeDateRoundMutationVariables = Exact<{ [key: string]: never }>;

export type OpenCoffeeDateRoundMutation = {
  openCoffeeDateRound: {
    id: string;
    kind: CoffeeDateRoundKind;
    period: string | null;
    state: CoffeeDateRoundState;
    opensAt: string;
    repeatWindowMonths: number;
    signupDeadline: string;
    closesAt: string;
    meetOn: string | null;
    stats: {
      participants: number;
      matched: number;
      pairs: number;
      trios: number;
      groups: number;
      unmatched: number;
      crossMinistryRate: number | null;
      withoutProfile: number;
      reportedMeetings: number;
      ratings: number;
      averageRating: number | null;
      declined: number;
      unmatchedReasons: Array<{ reason: string; count: number }>;
      styleMix: Array<{ style: string; count: number }>;
    } | null;
  };
};

export type MatchCoffeeDateRoundMutationVariables = Exact<{
  input: CoffeeDateRoundInput;
}>;

export type MatchCoffeeDateRoundMutation = {
  matchCoffeeDateRound: {
    id: string;
    kind: CoffeeDateRoundKind;
    period: string | null;
    state: CoffeeDateRoundState;
    opensAt: string;
    repeatWindowMonths: number;
    signupDeadline: string;
    closesAt: string;
    meetOn: string | null;
    stats: {
      participants: number;
      matched: number;
      pairs: number;
      trios: number;
      groups: number;
      unmatched: number;
      crossMinistryRate: number | null;
      withoutProfile: number;
      reportedMeetings: number;
      ratings: number;
      averageRating: number | null;
      declined: number;
      unmatchedReasons: Array<{ reason: string; count: number }>;
      styleMix: Array<{ style: string; count: number }>;
    } | null;
  };
};

export type CloseCoffeeDateRoundMutationVariables = Exact<{
  input: CoffeeDateRoundInput;
}>;

export type CloseCoffeeDateRoundMutation = {
  closeCoffeeDateRound: {
    id: string;
    kind: CoffeeDateRoundKind;
    period: string | null;
    state: CoffeeDateRoundState;
    opensAt: string;
    repeatWindowMonths: number;
    signupDeadline: string;
    closesAt: string;
    meetOn: string | null;
    stats: {
      participants: number;
      matched: number;
      pairs: number;
      trios: number;
      groups: number;
      unmatched: number;
      crossMinistryRate: number | null;
      withoutProfile: number;
      reportedMeetings: number;
      ratings: number;
      averageRating: number | null;
      declined: number;
      unmatchedReasons: Array<{ reason: string; count: number }>;
      styleMix: Array<{ style: string; count: number }>;
    } | null;
  };
};

export type RequestTeamCoffeeDateMutationVariables = Exact<{
  input: RequestTeamCoffeeDateInput;
}>;

export type RequestTeamCoffeeDateMutation = {
  requestTeamCoffeeDate: { id: string; meetOn: string | null; state: CoffeeDateRoundState };
};

export type DiscussionAuthorFragment = { id: string; name: string; isViewer: boolean };

export type DiscussionThreadRowFragment = {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  deleted: boolean;
  replyCount: number;
  createdAt: string;
  lastActivityAt: string;
  author: { id: string; name: string; isViewer: boolean } | null;
};

export type DiscussionReplyItemFragment = {
  id: string;
  threadId: string;
  body: string;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  hidden: boolean;
  deleted: boolean;
  viewerCanEdit: boolean;
  author: { id: string; name: string; isViewer: boolean } | null;
};

export type DiscussionThreadsQueryVariables = Exact<{
  communityId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type DiscussionThreadsQuery = {
  discussionThreads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      pinned: boolean;
      locked: boolean;
      hidden: boolean;
      deleted: boolean;
      replyCount: number;
      createdAt: string;
      lastActivityAt: string;
      author: { id: string; name: string; isViewer: boolean } | null;
    }>;
  };
};

export type DiscussionThreadQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type DiscussionThreadQuery = {
  discussionThread: {
    body: string;
    bodyHtml: string;
    editedAt: string | null;
    viewerCanEdit: boolean;
    viewerCanModerate: boolean;
    id: string;
    title: string;
    pinned: boolean;
    locked: boolean;
    hidden: boolean;
    deleted: boolean;
    replyCount: number;
    createdAt: string;
    lastActivityAt: string;
    community: { id: string; slug: string; name: string };
    replies: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        id: string;
        threadId: string;
        body: string;
        bodyHtml: string;
        createdAt: string;
        editedAt: string | null;
        hidden: boolean;
        deleted: boolean;
        viewerCanEdit: boolean;
        author: { id: string; name: string; isViewer: boolean } | null;
      }>;
    };
    author: { id: string; name: string; isViewer: boolean } | null;
  };
};

export type DiscussionModerationCommunityQueryVariables = Exact<{
  slug: string;
}>;

export type DiscussionModerationCommunityQuery = {
  community: {
    id: string;
    slug: string;
    name: string;
    viewerMembership: { role: CommunityRole; status: MembershipStatus } | null;
  };
};

export type DiscussionModerationQueueQueryVariables = Exact<{
  communityId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type DiscussionModerationQueueQuery = {
  discussionModerationQueue: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      reason: string;
      createdAt: string;
      reporter: { id: string; name: string; isViewer: boolean } | null;
      thread: {
        id: string;
        title: string;
        bodyHtml: string;
        hidden: boolean;
        author: { id: string; name: string; isViewer: boolean } | null;
      };
      reply: {
        id: string;
        bodyHtml: string;
        hidden: boolean;
        author: { id: string; name: string; isViewer: boolean } | null;
      } | null;
    }>;
  };
};

export type StartDiscussionThreadMutationVariables = Exact<{
  input: StartDiscussionThreadInput;
}>;

export type StartDiscussionThreadMutation = { startDiscussionThread: { id: string } };

export type EditDiscussionThreadMutationVariables = Exact<{
  input: EditDiscussionThreadInput;
}>;

export type EditDiscussionThreadMutation = { editDiscussionThread: { id: string } };

export type DeleteDiscussionThreadMutationVariables = Exact<{
  input: DiscussionThreadRefInput;
}>;

export type DeleteDiscussionThreadMutation = { deleteDiscussionThread: { id: string } };

export type ReplyToDiscussionThreadMutationVariables = Exact<{
  input: ReplyToDiscussionThreadInput;
}>;

export type ReplyToDiscussionThreadMutation = { replyToDiscussionThread: { id: string } };

export type EditDiscussionReplyMutationVariables = Exact<{
  input: EditDiscussionReplyInput;
}>;

export type EditDiscussionReplyMutation = { editDiscussionReply: { id: string } };

export type DeleteDiscussionReplyMutationVariables = Exact<{
  input: DiscussionReplyRefInput;
}>;

export type DeleteDiscussionReplyMutation = { deleteDiscussionReply: { id: string } };

export type ModerateDiscussionThreadMutationVariables = Exact<{
  input: ModerateDiscussionThreadInput;
}>;

export type ModerateDiscussionThreadMutation = { moderateDiscussionThread: { id: string } };

export type SetDiscussionPostHiddenMutationVariables = Exact<{
  input: SetDiscussionPostHiddenInput;
}>;

export type SetDiscussionPostHiddenMutation = {
  setDiscussionPostHidden: { thread: { id: string } };
};

export type ReportDiscussionPostMutationVariables = Exact<{
  input: ReportDiscussionPostInput;
}>;

export type ReportDiscussionPostMutation = { reportDiscussionPost: { id: string } };

export type ResolveDiscussionReportMutationVariables = Exact<{
  input: ResolveDiscussionReportInput;
}>;

export type ResolveDiscussionReportMutation = {
  resolveDiscussionReport: { id: string; status: DiscussionReportStatus };
};

export type EmailDeliveryStatusQueryVariables = Exact<{ [key: string]: never }>;

export type EmailDeliveryStatusQuery = {
  emailDeliveryStatus: {
    address: string;
    suppressed: boolean;
    since: string | null;
    reason: string | null;
  };
};

export type RequestEmailConfirmationMutationVariables = Exact<{ [key: string]: never }>;

export type RequestEmailConfirmationMutation = {
  requestEmailConfirmation: { accepted: boolean; expiresInHours: number };
};

export type ConfirmEmailAddressMutationVariables = Exact<{
  input: ConfirmEmailAddressInput;
}>;

export type ConfirmEmailAddressMutation = {
  confirmEmailAddress: { confirmed: boolean; address: string };
};

export type HarvestLessonItemFragment = {
  id: string;
  title: string;
  description: string;
  type: LessonType;
  audience: HarvestAudience;
  occurredOn: string | null;
  createdAt: string;
  viewerCanEdit: boolean;
  author: { id: string; name: string } | null;
  contributors: Array<{ id: string; name: string }>;
};

export type CommunityHarvestQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;

export type CommunityHarvestQuery = {
  harvest: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      description: string;
      type: LessonType;
      audience: HarvestAudience;
      occurredOn: string | null;
      createdAt: string;
      viewerCanEdit: boolean;
      author: { id: string; name: string } | null;
      contributors: Array<{ id: string; name: string }>;
    }>;
  };
};

export type HarvestLessonMutationVariables = Exact<{
  input: HarvestLessonInput;
}>;

export type HarvestLessonMutation = {
  harvestLesson: {
    id: string;
    title: string;
    description: string;
    type: LessonType;
    audience: HarvestAudience;
    occurredOn: string | null;
    createdAt: string;
    viewerCanEdit: boolean;
    author: { id: string; name: string } | null;
    contributors: Array<{ id: string; name: string }>;
  };
};

export type UpdateLessonMutationVariables = Exact<{
  input: UpdateLessonInput;
}>;

export type UpdateLessonMutation = {
  updateLesson: {
    id: string;
    title: string;
    description: string;
    type: LessonType;
    audience: HarvestAudience;
    occurredOn: string | null;
    createdAt: string;
    viewerCanEdit: boolean;
    author: { id: string; name: string } | null;
    contributors: Array<{ id: string; name: string }>;
  };
};

export type DeleteLessonMutationVariables = Exact<{
  input: LessonRefInput;
}>;

export type DeleteLessonMutation = { deleteLesson: boolean };

export type IntervisionGroupRowFragment = {
  id: string;
  name: string;
  context: IntervisionGroupContext;
  memberCount: number;
  viewerMembership: { role: IntervisionGroupRole; status: IntervisionMemberStatus } | null;
};

export type IntervisionContributionItemFragment = {
  id: string;
  kind: IntervisionContributionKind;
  body: string;
  authorRole: IntervisionRole;
  createdAt: string;
  editedAt: string | null;
  viewerCanEdit: boolean;
  author: { id: string; name: string } | null;
};

export type MyIntervisionGroupsQueryVariables = Exact<{ [key: string]: never }>;

export type MyIntervisionGroupsQuery = {
  myIntervisionGroups: Array<{
    id: string;
    name: string;
    context: IntervisionGroupContext;
    memberCount: number;
    viewerMembership: { role: IntervisionGroupRole; status: IntervisionMemberStatus } | null;
  }>;
};

export type CommunityIntervisionGroupsQueryVariables = Exact<{
  communityId: string | number;
}>;

export type CommunityIntervisionGroupsQuery = {
  intervisionGroups: Array<{
    id: string;
    name: string;
    context: IntervisionGroupContext;
    memberCount: number;
    viewerMembership: { role: IntervisionGroupRole; status: IntervisionMemberStatus } | null;
  }>;
};

export type LearningGroupIntervisionGroupsQueryVariables = Exact<{
  learningGroupId: string | number;
}>;

export type LearningGroupIntervisionGroupsQuery = {
  intervisionGroups: Array<{
    id: string;
    name: string;
    context: IntervisionGroupContext;
    memberCount: number;
    viewerMembership: { role: IntervisionGroupRole; status: IntervisionMemberStatus } | null;
  }>;
};

export type IntervisionGroupPageQueryVariables = Exact<{
  id: string | number;
}>;

export type IntervisionGroupPageQuery = {
  intervisionGroup: {
    description: string;
    learningGroupId: string | null;
    learningGroupName: string | null;
    confidentialityText: string;
    confidentialityVersion: number;
    followUpDays: number;
    id: string;
    name: string;
    context: IntervisionGroupContext;
    memberCount: number;
    community: { id: string; slug: string; name: string } | null;
    viewerMembership: {
      role: IntervisionGroupRole;
      status: IntervisionMemberStatus;
      agreementVersion: number | null;
      agreementAcceptedAt: string | null;
    } | null;
    members: Array<{
      role: IntervisionGroupRole;
      status: IntervisionMemberStatus;
      agreementAcceptedAt: string | null;
      member: { id: string; name: string } | null;
    }> | null;
    cases: Array<{
      id: string;
      title: string | null;
      state: IntervisionCaseState;
      currentPhaseIndex: number | null;
      phaseCount: number;
      createdAt: string;
      expectedOfViewer: { task: IntervisionTask };
    }> | null;
  };
};

export type IntervisionCasePageQueryVariables = Exact<{
  id: string | number;
}>;

export type IntervisionCasePageQuery = {
  intervisionCase: {
    id: string;
    state: IntervisionCaseState;
    title: string | null;
    situationWhat: string | null;
    situationWho: string | null;
    situationWhere: string | null;
    situationWhen: string | null;
    tried: string | null;
    question: string | null;
    reflection: string | null;
    nextStep: string | null;
    lessons: string | null;
    shareConsent: IntervisionShareScope | null;
    sharedScope: IntervisionShareScope | null;
    followUpAskedAt: string | null;
    followUpAnswer: string | null;
    currentPhaseIndex: number | null;
    phaseCount: number;
    methodNameNl: string | null;
    methodNameEn: string | null;
    viewerRoles: Array<IntervisionRole>;
    owner: { id: string; name: string } | null;
    group: {
      id: string;
      name: string;
      community: { id: string } | null;
      methods: Array<{ id: string; nameNl: string; nameEn: string; adapted: boolean }> | null;
    };
    expectedOfViewer: {
      task: IntervisionTask;
      allowedKinds: Array<IntervisionContributionKind>;
      phaseIndex: number | null;
      deadline: string | null;
    };
    phases: Array<{
      index: number;
      key: string;
      titleNl: string;
      titleEn: string;
      instructionNl: string;
      instructionEn: string;
      status: IntervisionPhaseStatus;
      openedAt: string | null;
      deadline: string | null;
      autoAdvance: boolean;
      closedAt: string | null;
      contributions: Array<{
        id: string;
        kind: IntervisionContributionKind;
        body: string;
        authorRole: IntervisionRole;
        createdAt: string;
        editedAt: string | null;
        viewerCanEdit: boolean;
        author: { id: string; name: string } | null;
      }>;
    }>;
  };
};

export type CreateIntervisionGroupMutationVariables = Exact<{
  input: CreateIntervisionGroupInput;
}>;

export type CreateIntervisionGroupMutation = { createIntervisionGroup: { id: string } };

export type AcceptIntervisionAgreementMutationVariables = Exact<{
  input: AcceptIntervisionAgreementInput;
}>;

export type AcceptIntervisionAgreementMutation = { acceptIntervisionAgreement: { id: string } };

export type LeaveIntervisionGroupMutationVariables = Exact<{
  input: IntervisionGroupRefInput;
}>;

export type LeaveIntervisionGroupMutation = { leaveIntervisionGroup: boolean };

export type DraftIntervisionCaseMutationVariables = Exact<{
  input: DraftIntervisionCaseInput;
}>;

export type DraftIntervisionCaseMutation = { draftIntervisionCase: { id: string } };

export type AcceptIntervisionCaseMutationVariables = Exact<{
  input: AcceptIntervisionCaseInput;
}>;

export type AcceptIntervisionCaseMutation = { acceptIntervisionCase: { id: string } };

export type AdvanceIntervisionPhaseMutationVariables = Exact<{
  input: IntervisionPhaseActionInput;
}>;

export type AdvanceIntervisionPhaseMutation = { advanceIntervisionPhase: { id: string } };

export type OpenIntervisionPhaseMutationVariables = Exact<{
  input: IntervisionPhaseActionInput;
}>;

export type OpenIntervisionPhaseMutation = { openIntervisionPhase: { id: string } };

export type CloseIntervisionPhaseMutationVariables = Exact<{
  input: IntervisionCaseRefInput;
}>;

export type CloseIntervisionPhaseMutation = { closeIntervisionPhase: { id: string } };

export type ExtendIntervisionPhaseMutationVariables = Exact<{
  input: ExtendIntervisionPhaseInput;
}>;

export type ExtendIntervisionPhaseMutation = { extendIntervisionPhase: { id: string } };

export type ContributeToIntervisionCaseMutationVariables = Exact<{
  input: ContributeToIntervisionCaseInput;
}>;

export type ContributeToIntervisionCaseMutation = { contributeToIntervisionCase: { id: string } };

export type SubmitIntervisionReflectionMutationVariables = Exact<{
  input: SubmitIntervisionReflectionInput;
}>;

export type SubmitIntervisionReflectionMutation = { submitIntervisionReflection: { id: string } };

export type CloseIntervisionCaseMutationVariables = Exact<{
  input: CloseIntervisionCaseInput;
}>;

export type CloseIntervisionCaseMutation = { closeIntervisionCase: { id: string } };

export type ConsentToIntervisionLessonSharingMutationVariables = Exact<{
  input: IntervisionLessonSharingInput;
}>;

export type ConsentToIntervisionLessonSharingMutation = {
  consentToIntervisionLessonSharing: { id: string };
};

export type ShareIntervisionLessonsMutationVariables = Exact<{
  input: IntervisionLessonSharingInput;
}>;

export type ShareIntervisionLessonsMutation = { shareIntervisionLessons: { id: string } };

export type AnswerIntervisionFollowUpMutationVariables = Exact<{
  input: AnswerIntervisionFollowUpInput;
}>;

export type AnswerIntervisionFollowUpMutation = { answerIntervisionFollowUp: { id: string } };

export type IntervisionMemberSearchQueryVariables = Exact<{
  search: string;
}>;

export type IntervisionMemberSearchQuery = {
  members: {
    nodes: Array<{
      id: string;
      name: string;
      organisation: { id: string; abbreviation: string | null; name: string } | null;
    }>;
  };
};

export type InviteToIntervisionGroupMutationVariables = Exact<{
  input: InviteToIntervisionGroupInput;
}>;

export type InviteToIntervisionGroupMutation = {
  inviteToIntervisionGroup: { status: IntervisionMemberStatus };
};

export type EditIntervisionContributionMutationVariables = Exact<{
  input: EditIntervisionContributionInput;
}>;

export type EditIntervisionContributionMutation = { editIntervisionContribution: { id: string } };

export type PeerIntroductionItemFragment = {
  id: string;
  status: PeerIntroductionStatus;
  createdAt: string;
  viewerIsRequester: boolean;
  requester: { id: string; name: string } | null;
  peer: { id: string; name: string } | null;
  proposals: Array<{
    rank: number;
    peer: { id: string; name: string } | null;
    reasons: Array<{ code: PeerIntroductionReasonCode; themes: Array<string> }>;
  }>;
};

export type PeerIntroductionsQueryVariables = Exact<{ [key: string]: never }>;

export type PeerIntroductionsQuery = {
  myPeerIntroductions: Array<{
    id: string;
    status: PeerIntroductionStatus;
    createdAt: string;
    viewerIsRequester: boolean;
    requester: { id: string; name: string } | null;
    peer: { id: string; name: string } | null;
    proposals: Array<{
      rank: number;
      peer: { id: string; name: string } | null;
      reasons: Array<{ code: PeerIntroductionReasonCode; themes: Array<string> }>;
    }>;
  }>;
  myProgrammes: Array<{ id: string; name: string }>;
};

export type RequestPeerIntroductionMutationVariables = Exact<{
  input: RequestPeerIntroductionInput;
}>;

export type RequestPeerIntroductionMutation = { requestPeerIntroduction: { id: string } };

export type PickPeerForIntroductionMutationVariables = Exact<{
  input: PickPeerInput;
}>;

export type PickPeerForIntroductionMutation = { pickPeerForIntroduction: { id: string } };

export type AnswerPeerIntroductionMutationVariables = Exact<{
  input: AnswerPeerIntroductionInput;
}>;

export type AnswerPeerIntroductionMutation = { answerPeerIntroduction: { id: string } };

export type ProgrammePartsFragment = {
  id: string;
  name: string;
  ministryId: string;
  type: ProgrammeType;
  strategy: ProgrammeStrategy;
  phase: ProgrammePhase;
  themes: Array<string>;
  hasBudget: boolean;
  ministry: { id: string; name: string; abbreviation: string | null } | null;
};

export type LearningGroupPartsFragment = {
  id: string;
  name: string;
  goal: string;
  status: LearningGroupStatus;
  cohortStartsOn: string;
  cohortEndsOn: string;
  cadenceWeeks: number;
  targetSize: number;
  location: string;
  firstSessionLocal: string;
  viewerRole: LearningGroupRole | null;
  facilitator: { id: string; name: string } | null;
  viewerApplication: {
    id: string;
    status: LearningGroupApplicationStatus;
    learningWish: string;
    programme: { id: string; name: string } | null;
  } | null;
};

export type LearningGroupsOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type LearningGroupsOverviewQuery = {
  learningGroups: {
    nodes: Array<{
      id: string;
      name: string;
      goal: string;
      status: LearningGroupStatus;
      cohortStartsOn: string;
      cohortEndsOn: string;
      cadenceWeeks: number;
      targetSize: number;
      location: string;
      firstSessionLocal: string;
      viewerRole: LearningGroupRole | null;
      facilitator: { id: string; name: string } | null;
      viewerApplication: {
        id: string;
        status: LearningGroupApplicationStatus;
        learningWish: string;
        programme: { id: string; name: string } | null;
      } | null;
    }>;
  };
  myProgrammes: Array<{
    id: string;
    name: string;
    ministryId: string;
    type: ProgrammeType;
    strategy: ProgrammeStrategy;
    phase: ProgrammePhase;
    themes: Array<string>;
    hasBudget: boolean;
    ministry: { id: string; name: string; abbreviation: string | null } | null;
  }>;
  organisations: { nodes: Array<{ id: string; name: string; abbreviation: string | null }> };
};

export type ApplicationForFacilitatorFragment = {
  id: string;
  status: LearningGroupApplicationStatus;
  learningWish: string;
  applicant: { id: string; name: string } | null;
  programme: {
    id: string;
    name: string;
    type: ProgrammeType;
    phase: ProgrammePhase;
    ministry: { id: string; name: string; abbreviation: string | null } | null;
  } | null;
};

export type LearningGroupPageQueryVariables = Exact<{
  id: string | number;
}>;

export type LearningGroupPageQuery = {
  learningGroup: {
    id: string;
    name: string;
    goal: string;
    status: LearningGroupStatus;
    cohortStartsOn: string;
    cohortEndsOn: string;
    cadenceWeeks: number;
    targetSize: number;
    location: string;
    firstSessionLocal: string;
    viewerRole: LearningGroupRole | null;
    applications: Array<{
      id: string;
      status: LearningGroupApplicationStatus;
      learningWish: string;
      applicant: { id: string; name: string } | null;
      programme: {
        id: string;
        name: string;
        type: ProgrammeType;
        phase: ProgrammePhase;
        ministry: { id: string; name: string; abbreviation: string | null } | null;
      } | null;
    }> | null;
    proposal: {
      proposedAt: string;
      groups: Array<{
        number: number;
        reasons: Array<{ code: string; value: number; message: string }>;
        applications: Array<{
          id: string;
          status: LearningGroupApplicationStatus;
          learningWish: string;
          applicant: { id: string; name: string } | null;
          programme: {
            id: string;
            name: string;
            type: ProgrammeType;
            phase: ProgrammePhase;
            ministry: { id: string; name: string; abbreviation: string | null } | null;
          } | null;
        }>;
      }>;
    } | null;
    groups: Array<{
      number: number;
      firstSessionLocal: string;
      sessions: Array<string>;
      members: Array<{ id: string; name: string }>;
    }> | null;
    facilitator: { id: string; name: string } | null;
    viewerApplication: {
      id: string;
      status: LearningGroupApplicationStatus;
      learningWish: string;
      programme: { id: string; name: string } | null;
    } | null;
  };
  myProgrammes: Array<{ id: string; name: string }>;
};

export type DescribeProgrammeMutationVariables = Exact<{
  input: DescribeProgrammeInput;
}>;

export type DescribeProgrammeMutation = {
  describeProgramme: {
    id: string;
    name: string;
    ministryId: string;
    type: ProgrammeType;
    strategy: ProgrammeStrategy;
    phase: ProgrammePhase;
    themes: Array<string>;
    hasBudget: boolean;
    ministry: { id: string; name: string; abbreviation: string | null } | null;
  };
};

export type ApplyToLearningGroupMutationVariables = Exact<{
  input: ApplyToLearningGroupInput;
}>;

export type ApplyToLearningGroupMutation = {
  applyToLearningGroup: { id: string; status: LearningGroupApplicationStatus };
};

export type ProposeLearningGroupCompositionMutationVariables = Exact<{
  input: LearningGroupRefInput;
}>;

export type ProposeLearningGroupCompositionMutation = {
  proposeLearningGroupComposition: { id: string; status: LearningGroupStatus };
};

export type MoveLearningGroupMemberMutationVariables = Exact<{
  input: MoveLearningGroupMemberInput;
}>;

export type MoveLearningGroupMemberMutation = { moveLearningGroupMember: { id: string } };

export type ConfirmLearningGroupCompositionMutationVariables = Exact<{
  input: LearningGroupRefInput;
}>;

export type ConfirmLearningGroupCompositionMutation = {
  confirmLearningGroupComposition: { id: string; status: LearningGroupStatus };
};

export type WithdrawLearningGroupApplicationMutationVariables = Exact<{
  input: LearningGroupRefInput;
}>;

export type WithdrawLearningGroupApplicationMutation = {
  withdrawLearningGroupApplication: boolean;
};

export type FinishLearningGroupMutationVariables = Exact<{
  input: LearningGroupRefInput;
}>;

export type FinishLearningGroupMutation = {
  finishLearningGroup: { id: string; status: LearningGroupStatus };
};

export type CreateLearningGroupMutationVariables = Exact<{
  input: CreateLearningGroupInput;
}>;

export type CreateLearningGroupMutation = { createLearningGroup: { id: string } };

export type FacilitatorCandidatesQueryVariables = Exact<{
  search: string;
}>;

export type FacilitatorCandidatesQuery = {
  members: {
    nodes: Array<{
      id: string;
      name: string;
      organisation: { id: string; name: string; abbreviation: string | null } | null;
    }>;
  };
};

export type LearningGroupOutputItemFragment = {
  id: string;
  groupNumber: number;
  type: LearningGroupOutputType;
  title: string;
  body: string;
  bodyHtml: string;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
  publishedCommunityId: string | null;
  viewerCanApprove: boolean;
  viewerHasApproved: boolean;
  approvals: Array<{ approvedAt: string; member: { id: string; name: string } | null }>;
  awaitingApprovalFrom: Array<{ id: string; name: string }>;
  history: Array<{
    version: number;
    editedAt: string;
    previousTitle: string;
    previousBody: string;
    editor: { id: string; name: string } | null;
  }>;
};

export type LearningGroupOutputsQueryVariables = Exact<{
  learningGroupId: string | number;
  groupNumber: number;
}>;

export type LearningGroupOutputsQuery = {
  learningGroupOutputs: Array<{
    id: string;
    groupNumber: number;
    type: LearningGroupOutputType;
    title: string;
    body: string;
    bodyHtml: string;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    publishedCommunityId: string | null;
    viewerCanApprove: boolean;
    viewerHasApproved: boolean;
    approvals: Array<{ approvedAt: string; member: { id: string; name: string } | null }>;
    awaitingApprovalFrom: Array<{ id: string; name: string }>;
    history: Array<{
      version: number;
      editedAt: string;
      previousTitle: string;
      previousBody: string;
      editor: { id: string; name: string } | null;
    }>;
  }>;
  communities: { nodes: Array<{ id: string; name: string }> };
};

export type CreateLearningGroupOutputMutationVariables = Exact<{
  input: CreateLearningGroupOutputInput;
}>;

export type CreateLearningGroupOutputMutation = { createLearningGroupOutput: { id: string } };

export type UpdateLearningGroupOutputMutationVariables = Exact<{
  input: UpdateLearningGroupOutputInput;
}>;

export type UpdateLearningGroupOutputMutation = { updateLearningGroupOutput: { id: string } };

export type ApproveLearningGroupOutputMutationVariables = Exact<{
  input: ApproveLearningGroupOutputInput;
}>;

export type ApproveLearningGroupOutputMutation = { approveLearningGroupOutput: { id: string } };

export type PublishLearningGroupOutputMutationVariables = Exact<{
  input: PublishLearningGroupOutputInput;
}>;

export type PublishLearningGroupOutputMutation = { publishLearningGroupOutput: { id: string } };

export type LearningGroupSessionItemFragment = {
  id: string;
  groupNumber: number;
  sequence: number;
  startsAt: string;
  startsAtLocal: string;
  agenda: string;
  notes: string;
  attendance: Array<{ status: LearningGroupAttendanceStatus; member: { id: string } | null }>;
  reflections: Array<{
    happened: string;
    yielded: string;
    adjust: string;
    member: { id: string; name: string } | null;
  }>;
};

export type LearningGroupSessionsQueryVariables = Exact<{
  learningGroupId: string | number;
  groupNumber: number;
}>;

export type LearningGroupSessionsQuery = {
  learningGroupSessions: Array<{
    id: string;
    groupNumber: number;
    sequence: number;
    startsAt: string;
    startsAtLocal: string;
    agenda: string;
    notes: string;
    attendance: Array<{ status: LearningGroupAttendanceStatus; member: { id: string } | null }>;
    reflections: Array<{
      happened: string;
      yielded: string;
      adjust: string;
      member: { id: string; name: string } | null;
    }>;
  }>;
};

export type UpdateLearningGroupSessionMutationVariables = Exact<{
  input: UpdateLearningGroupSessionInput;
}>;

export type UpdateLearningGroupSessionMutation = {
  updateLearningGroupSession: {
    id: string;
    groupNumber: number;
    sequence: number;
    startsAt: string;
    startsAtLocal: string;
    agenda: string;
    notes: string;
    attendance: Array<{ status: LearningGroupAttendanceStatus; member: { id: string } | null }>;
    reflections: Array<{
      happened: string;
      yielded: string;
      adjust: string;
      member: { id: string; name: string } | null;
    }>;
  };
};

export type RecordLearningGroupAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;

export type RecordLearningGroupAttendanceMutation = {
  recordLearningGroupAttendance: {
    id: string;
    groupNumber: number;
    sequence: number;
    startsAt: string;
    startsAtLocal: string;
    agenda: string;
    notes: string;
    attendance: Array<{ status: LearningGroupAttendanceStatus; member: { id: string } | null }>;
    reflections: Array<{
      happened: string;
      yielded: string;
      adjust: string;
      member: { id: string; name: string } | null;
    }>;
  };
};

export type SubmitLearningGroupReflectionMutationVariables = Exact<{
  input: LearningGroupReflectionInput;
}>;

export type SubmitLearningGroupReflectionMutation = {
  submitLearningGroupReflection: { sessionId: string };
};

export type UpdateLearningGroupReflectionMutationVariables = Exact<{
  input: LearningGroupReflectionInput;
}>;

export type UpdateLearningGroupReflectionMutation = {
  updateLearningGroupReflection: { sessionId: string };
};

export type LearningGroupThreadsQueryVariables = Exact<{
  learningGroupId: string | number;
  theme?: string | null | undefined;
}>;

export type LearningGroupThreadsQuery = {
  learningGroupThreads: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      body: string;
      themes: Array<string>;
      createdAt: string;
      author: { id: string; name: string } | null;
      sessions: Array<{ id: string; groupNumber: number; sequence: number; startsAt: string }>;
    }>;
  };
};

export type CreateLearningGroupThreadMutationVariables = Exact<{
  input: CreateLearningGroupThreadInput;
}>;

export type CreateLearningGroupThreadMutation = { createLearningGroupThread: { id: string } };

export type MailAdminSentEmailsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MailAdminSentEmailsQuery = {
  sentEmails: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ key: string; kind: string; recipient: string; subject: string; sentAt: string }>;
  };
};

export type MailAdminOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type MailAdminOverviewQuery = {
  emailFailures: {
    totalCount: number;
    nodes: Array<{
      id: string;
      kind: string;
      recipient: string;
      subject: string;
      permanent: boolean;
      smtpCode: number | null;
      message: string;
      failedAt: string;
    }>;
  };
  emailSuppressions: {
    totalCount: number;
    nodes: Array<{
      address: string;
      reason: string;
      smtpCode: number | null;
      smtpResponse: string | null;
      suppressedAt: string;
    }>;
  };
  digestSchedule: {
    plannerScheduled: boolean;
    plannerNextRunAt: string | null;
    plannerPattern: string | null;
    overdue: number;
    digestsSentLast7Days: number;
    membersByFrequency: Array<{ frequency: string; members: number }>;
    dueNextDay: Array<{ hour: string; members: number }>;
  };
};

export type LiftEmailSuppressionMutationVariables = Exact<{
  input: LiftEmailSuppressionInput;
}>;

export type LiftEmailSuppressionMutation = {
  liftEmailSuppression: { address: string; liftedBy: string | null };
};

export type MeetingSummaryFragment = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  address: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  goingCount: number;
  maybeCount: number;
  waitingCount: number;
  cancelledAt: string | null;
  viewerRsvp: { status: RsvpStatus; waitingPosition: number | null } | null;
  community: { id: string; slug: string; name: string };
};

export type CommunityMeetingsQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;

export type CommunityMeetingsQuery = {
  meetings: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string;
      address: string | null;
      onlineUrl: string | null;
      capacity: number | null;
      goingCount: number;
      maybeCount: number;
      waitingCount: number;
      cancelledAt: string | null;
      viewerRsvp: { status: RsvpStatus; waitingPosition: number | null } | null;
      community: { id: string; slug: string; name: string };
    }>;
  };
};

export type MyUpcomingMeetingsQueryVariables = Exact<{
  first: number;
}>;

export type MyUpcomingMeetingsQuery = {
  myUpcomingMeetings: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string;
      address: string | null;
      onlineUrl: string | null;
      capacity: number | null;
      goingCount: number;
      maybeCount: number;
      waitingCount: number;
      cancelledAt: string | null;
      viewerRsvp: { status: RsvpStatus; waitingPosition: number | null } | null;
      community: { id: string; slug: string; name: string };
    }>;
  };
};

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailQuery = {
  meeting: {
    startsAtLocal: string;
    endsAtLocal: string;
    agenda: string;
    notes: string;
    cancellationReason: string;
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    address: string | null;
    onlineUrl: string | null;
    capacity: number | null;
    goingCount: number;
    maybeCount: number;
    waitingCount: number;
    cancelledAt: string | null;
    community: {
      id: string;
      slug: string;
      name: string;
      viewerMembership: { status: MembershipStatus; role: CommunityRole } | null;
    };
    attendees: {
      totalCount: number;
      nodes: Array<{
        member: {
          id: string;
          name: string;
          isViewer: boolean;
          organisation: { id: string; name: string; abbreviation: string | null } | null;
        };
      }>;
    };
    followUps: Array<{
      id: string;
      text: string;
      dueOn: string | null;
      owner: { id: string; name: string } | null;
    }>;
    viewerRsvp: { status: RsvpStatus; waitingPosition: number | null } | null;
  };
};

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;

export type ScheduleMeetingMutation = {
  scheduleMeeting: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    address: string | null;
    onlineUrl: string | null;
    capacity: number | null;
    goingCount: number;
    maybeCount: number;
    waitingCount: number;
    cancelledAt: string | null;
    viewerRsvp: { status: RsvpStatus; waitingPosition: number | null } | null;
    community: { id: string; slug: string; name: string };
  };
};

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;

export type UpdateMeetingMutation = { updateMeeting: { id: string } };

export type RsvpToMeetingMutationVariables = Exact<{
  input: RsvpToMeetingInput;
}>;

export type RsvpToMeetingMutation = {
  rsvpToMeeting: { status: RsvpStatus; waitingPosition: number | null };
};

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;

export type CancelMeetingMutation = { cancelMeeting: { id: string; cancelledAt: string | null } };

export type RecordMeetingFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;

export type RecordMeetingFollowUpMutation = { recordMeetingFollowUp: { id: string } };

export type RecordMeetingNotesMutationVariables = Exact<{
  input: RecordMeetingNotesInput;
}>;

export type RecordMeetingNotesMutation = { recordMeetingNotes: { id: string; notes: string } };

export type NotificationSettingsPartsFragment = {
  digestFrequency: DigestFrequency;
  digestWeekday: number;
  digestTime: string;
  emailLanguage: string;
  mentions: NotificationChannel;
  replies: NotificationChannel;
  meetingChanges: NotificationChannel;
  coffeeDate: NotificationChannel;
  intervisionPhases: NotificationChannel;
  nextDigestAt: string | null;
};

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationSettingsQuery = {
  notificationSettings: {
    digestFrequency: DigestFrequency;
    digestWeekday: number;
    digestTime: string;
    emailLanguage: string;
    mentions: NotificationChannel;
    replies: NotificationChannel;
    meetingChanges: NotificationChannel;
    coffeeDate: NotificationChannel;
    intervisionPhases: NotificationChannel;
    nextDigestAt: string | null;
    communities: Array<{
      mode: CommunityNotificationMode;
      community: { id: string; name: string; slug: string };
    }>;
  };
};

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;

export type UpdateNotificationSettingsMutation = {
  updateNotificationSettings: {
    digestFrequency: DigestFrequency;
    digestWeekday: number;
    digestTime: string;
    emailLanguage: string;
    mentions: NotificationChannel;
    replies: NotificationChannel;
    meetingChanges: NotificationChannel;
    coffeeDate: NotificationChannel;
    intervisionPhases: NotificationChannel;
    nextDigestAt: string | null;
  };
};

export type SetCommunityNotificationModeMutationVariables = Exact<{
  input: SetCommunityNotificationModeInput;
}>;

export type SetCommunityNotificationModeMutation = {
  setCommunityNotificationMode: { mode: CommunityNotificationMode; community: { id: string } };
};

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  language?: string | null | undefined;
}>;

export type NotificationsQuery = {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      kind: NotificationKind;
      title: string;
      url: string;
      actorName: string | null;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input?: MarkNotificationsReadInput | null | undefined;
}>;

export type MarkNotificationsReadMutation = {
  markNotificationsRead: { marked: number; unreadCount: number };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    email: string;
    needsProfile: boolean;
    member: {
      id: string;
      name: string;
      language: string | null;
      platformRole: string | null;
      organisation: { id: string; name: string; abbreviation: string | null } | null;
    } | null;
  };
};

export type RequestSignInLinkMutationVariables = Exact<{
  input: RequestSignInLinkInput;
}>;

export type RequestSignInLinkMutation = {
  requestSignInLink: { accepted: boolean; expiresInMinutes: number };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type OrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  parentId?: string | number | null | undefined;
  rootsOnly?: boolean | null | undefined;
  first: number;
}>;

export type OrganisationsQuery = {
  organisations: {
    totalCount: number;
    nodes: Array<{
      id: string;
      name: string;
      abbreviation: string | null;
      type: OrganisationType;
      parent: { id: string; name: string } | null;
      children: Array<{ id: string }>;
    }>;
  };
};

export type CompleteProfileMutationVariables = Exact<{
  input: CompleteProfileInput;
}>;

export type CompleteProfileMutation = {
  completeProfile: { id: string; name: string; language: string | null };
};

export type CommunityCardFragment = {
  id: string;
  slug: string;
  name: string;
  goal: string;
  themes: Array<string>;
  phase: CommunityPhase;
  status: CommunityStatus;
  joinPolicy: JoinPolicy;
  memberCount: number;
  lastActivityAt: string;
  viewerMembership: { role: CommunityRole; status: MembershipStatus } | null;
};

export type CommunitiesQueryVariables = Exact<{
  search?: string | null | undefined;
  theme?: string | null | undefined;
  phase?: CommunityPhase | null | undefined;
  mine?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type CommunitiesQuery = {
  communities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      goal: string;
      themes: Array<string>;
      phase: CommunityPhase;
      status: CommunityStatus;
      joinPolicy: JoinPolicy;
      memberCount: number;
      lastActivityAt: string;
      viewerMembership: { role: CommunityRole; status: MembershipStatus } | null;
    }>;
  };
};

export type MembershipRowFragment = {
  id: string;
  role: CommunityRole;
  status: MembershipStatus;
  joinedAt: string | null;
  requestedAt: string;
  motivation: string | null;
  member: {
    id: string;
    name: string;
    isViewer: boolean;
    organisation: { id: string; name: string; abbreviation: string | null } | null;
  };
};

export type CommunityQueryVariables = Exact<{
  slug: string;
}>;

export type CommunityQuery = {
  community: {
    domain: string;
    centralQuestions: Array<string>;
    welcomeMessage: string;
    startsOn: string;
    plannedEndOn: string | null;
    id: string;
    slug: string;
    name: string;
    goal: string;
    themes: Array<string>;
    phase: CommunityPhase;
    status: CommunityStatus;
    joinPolicy: JoinPolicy;
    memberCount: number;
    lastActivityAt: string;
    coordinators: Array<{
      id: string;
      role: CommunityRole;
      status: MembershipStatus;
      joinedAt: string | null;
      requestedAt: string;
      motivation: string | null;
      member: {
        id: string;
        name: string;
        isViewer: boolean;
        organisation: { id: string; name: string; abbreviation: string | null } | null;
      };
    }>;
    members: {
      totalCount: number;
      nodes: Array<{
        id: string;
        role: CommunityRole;
        status: MembershipStatus;
        joinedAt: string | null;
        requestedAt: string;
        motivation: string | null;
        member: {
          id: string;
          name: string;
          isViewer: boolean;
          organisation: { id: string; name: string; abbreviation: string | null } | null;
        };
      }>;
    } | null;
    joinRequests: {
      totalCount: number;
      nodes: Array<{
        id: string;
        role: CommunityRole;
        status: MembershipStatus;
        joinedAt: string | null;
        requestedAt: string;
        motivation: string | null;
        member: {
          id: string;
          name: string;
          isViewer: boolean;
          organisation: { id: string; name: string; abbreviation: string | null } | null;
        };
      }>;
    } | null;
    viewerMembership: { role: CommunityRole; status: MembershipStatus } | null;
  };
};

export type ProposeCommunityMutationVariables = Exact<{
  input: ProposeCommunityInput;
}>;

export type ProposeCommunityMutation = {
  proposeCommunity: { id: string; slug: string; name: string; status: CommunityStatus };
};

export type UpdateCommunityMutationVariables = Exact<{
  input: UpdateCommunityInput;
}>;

export type UpdateCommunityMutation = { updateCommunity: { id: string; slug: string } };

export type ApproveCommunityMutationVariables = Exact<{
  input: CommunityRefInput;
}>;

export type ApproveCommunityMutation = {
  approveCommunity: { id: string; status: CommunityStatus };
};

export type SetCommunityPhaseMutationVariables = Exact<{
  input: SetCommunityPhaseInput;
}>;

export type SetCommunityPhaseMutation = {
  setCommunityPhase: { id: string; phase: CommunityPhase };
};

export type JoinCommunityMutationVariables = Exact<{
  input: CommunityRefInput;
}>;

export type JoinCommunityMutation = { joinCommunity: { id: string; status: MembershipStatus } };

export type RequestToJoinCommunityMutationVariables = Exact<{
  input: RequestToJoinCommunityInput;
}>;

export type RequestToJoinCommunityMutation = {
  requestToJoinCommunity: { id: string; status: MembershipStatus };
};

export type LeaveCommunityMutationVariables = Exact<{
  input: CommunityRefInput;
}>;

export type LeaveCommunityMutation = { leaveCommunity: boolean };

export type DecideJoinRequestMutationVariables = Exact<{
  input: DecideJoinRequestInput;
}>;

export type DecideJoinRequestMutation = { decideJoinRequest: { approved: boolean } };

export type InviteToCommunityMutationVariables = Exact<{
  input: InviteToCommunityInput;
}>;

export type InviteToCommunityMutation = { inviteToCommunity: { id: string; email: string } };

export type AcceptCommunityInvitationMutationVariables = Exact<{
  input: AcceptCommunityInvitationInput;
}>;

export type AcceptCommunityInvitationMutation = {
  acceptCommunityInvitation: { id: string; community: { id: string; slug: string } };
};

export type RemoveCommunityMemberMutationVariables = Exact<{
  input: CommunityMemberInput;
}>;

export type RemoveCommunityMemberMutation = { removeCommunityMember: boolean };

export type SetCommunityRoleMutationVariables = Exact<{
  input: SetCommunityRoleInput;
}>;

export type SetCommunityRoleMutation = { setCommunityRole: { id: string; role: CommunityRole } };

export const BoundarySpannerProfilePartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredStyles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoundarySpannerProfilePartsFragment, unknown>;
export const BoundarySpannerAttemptPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerAttemptParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingItemKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'itemKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoundarySpannerAttemptPartsFragment, unknown>;
export const CoffeeDateStatusPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateStatusPartsFragment, unknown>;
export const CoffeeDateRoundPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateRoundParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pairs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trios' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatchedReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'crossMinistryRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'styleMix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedMeetings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateRoundPartsFragment, unknown>;
export const DiscussionAuthorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionAuthorFragment, unknown>;
export const DiscussionThreadRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionThreadRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionAuthor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionThreadRowFragment, unknown>;
export const DiscussionReplyItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionReplyItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionReply' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threadId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionAuthor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionReplyItemFragment, unknown>;
export const HarvestLessonItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestLessonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HarvestLessonItemFragment, unknown>;
export const IntervisionGroupRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntervisionGroupRowFragment, unknown>;
export const IntervisionContributionItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionContributionItem' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'IntervisionContribution' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntervisionContributionItemFragment, unknown>;
export const PeerIntroductionItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerIntroductionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerIntroduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRequester' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requester' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeerIntroductionItemFragment, unknown>;
export const ProgrammePartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Programme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'strategy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ministry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammePartsFragment, unknown>;
export const LearningGroupPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadenceWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSessionLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facilitator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerApplication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningWish' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupPartsFragment, unknown>;
export const ApplicationForFacilitatorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationForFacilitator' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'LearningGroupApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningWish' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programme' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ministry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationForFacilitatorFragment, unknown>;
export const LearningGroupOutputItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupOutputItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupOutput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedCommunityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasApproved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousBody' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupOutputItemFragment, unknown>;
export const LearningGroupSessionItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupSessionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAtLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reflections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'happened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yielded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adjust' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupSessionItemFragment, unknown>;
export const MeetingSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maybeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRsvp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingSummaryFragment, unknown>;
export const NotificationSettingsPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'digestFrequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestWeekday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingChanges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coffeeDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intervisionPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsPartsFragment, unknown>;
export const CommunityCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommunityCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Community' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinPolicy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunityCardFragment, unknown>;
export const MembershipRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembershipRowFragment, unknown>;
export const BoundarySpannerQuestionnaireDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoundarySpannerQuestionnaire' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundarySpannerQuestionnaire' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'nl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BoundarySpannerAttemptParts' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerAttemptParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingItemKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'itemKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  BoundarySpannerQuestionnaireQuery,
  BoundarySpannerQuestionnaireQueryVariables
>;
export const SaveBoundarySpannerAnswersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveBoundarySpannerAnswers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SaveBoundarySpannerAnswersInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveBoundarySpannerAnswers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoundarySpannerAttemptParts' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerAttemptParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingItemKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'itemKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SaveBoundarySpannerAnswersMutation,
  SaveBoundarySpannerAnswersMutationVariables
>;
export const SubmitBoundarySpannerQuestionnaireDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitBoundarySpannerQuestionnaire' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SubmitBoundarySpannerQuestionnaireInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitBoundarySpannerQuestionnaire' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredStyles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitBoundarySpannerQuestionnaireMutation,
  SubmitBoundarySpannerQuestionnaireMutationVariables
>;
export const MyBoundarySpannerProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyBoundarySpannerProfile' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBoundarySpannerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBoundarySpannerProfileHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myBoundarySpannerVisibility' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoundarySpannerProfileParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredStyles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionnaireVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyBoundarySpannerProfileQuery, MyBoundarySpannerProfileQueryVariables>;
export const SetBoundarySpannerVisibilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBoundarySpannerVisibility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetBoundarySpannerVisibilityInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setBoundarySpannerVisibility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetBoundarySpannerVisibilityMutation,
  SetBoundarySpannerVisibilityMutationVariables
>;
export const BoundarySpannerStylesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoundarySpannerStyles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundarySpannerStyles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brings' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoundarySpannerStylesQuery, BoundarySpannerStylesQueryVariables>;
export const BoundarySpannerStyleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoundarySpannerStyle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'style' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BoundarySpannerStyle' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundarySpannerStyle' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'style' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'style' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pitfalls' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingWith' } },
                { kind: 'Field', name: { kind: 'Name', value: 'complements' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundarySpannerStyles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoundarySpannerStyleQuery, BoundarySpannerStyleQueryVariables>;
export const CommunityTeamProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommunityTeamProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teamProfile' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'profileCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withoutVisibleProfile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dominantStyles' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'styles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'averageScore' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'preferredBy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundarySpannerStyles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunityTeamProfileQuery, CommunityTeamProfileQueryVariables>;
export const MyCoffeeDateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCoffeeDate' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCoffeeDate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateStatusParts' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCoffeeDateBlocks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCoffeeDateMatches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundPeriod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStartsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dissolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCoffeeDateQuery, MyCoffeeDateQueryVariables>;
export const OptInToCoffeeDatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OptInToCoffeeDates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OptInToCoffeeDatesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'optInToCoffeeDates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateStatusParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OptInToCoffeeDatesMutation, OptInToCoffeeDatesMutationVariables>;
export const OptOutOfCoffeeDatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OptOutOfCoffeeDates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'optOutOfCoffeeDates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateStatusParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OptOutOfCoffeeDatesMutation, OptOutOfCoffeeDatesMutationVariables>;
export const PauseCoffeeDatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PauseCoffeeDates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PauseCoffeeDatesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pauseCoffeeDates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateStatusParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PauseCoffeeDatesMutation, PauseCoffeeDatesMutationVariables>;
export const ResumeCoffeeDatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResumeCoffeeDates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resumeCoffeeDates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateStatusParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateStatusParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'everyMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOpenRound' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResumeCoffeeDatesMutation, ResumeCoffeeDatesMutationVariables>;
export const CoffeeDateMemberSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoffeeDateMemberSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateMemberSearchQuery, CoffeeDateMemberSearchQueryVariables>;
export const BlockCoffeeDateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BlockCoffeeDateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blockCoffeeDateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BlockCoffeeDateMemberMutation, BlockCoffeeDateMemberMutationVariables>;
export const UnblockCoffeeDateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnblockCoffeeDateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unblockCoffeeDateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UnblockCoffeeDateMemberMutation,
  UnblockCoffeeDateMemberMutationVariables
>;
export const RecordCoffeeDateFeedbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCoffeeDateFeedback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateFeedbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCoffeeDateFeedback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordCoffeeDateFeedbackMutation,
  RecordCoffeeDateFeedbackMutationVariables
>;
export const CoffeeDateRoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoffeeDateRounds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coffeeDateRounds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '24' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateRoundsQuery, CoffeeDateRoundsQueryVariables>;
export const CoffeeDateRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoffeeDateRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coffeeDateRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateRoundParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateRoundParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pairs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trios' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatchedReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'crossMinistryRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'styleMix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedMeetings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateRoundQuery, CoffeeDateRoundQueryVariables>;
export const CoffeeDateRoundPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoffeeDateRoundPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coffeeDateRoundPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'violations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stored' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatched' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoffeeDateRoundPreviewQuery, CoffeeDateRoundPreviewQueryVariables>;
export const OpenCoffeeDateRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenCoffeeDateRound' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openCoffeeDateRound' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateRoundParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateRoundParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pairs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trios' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatchedReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'crossMinistryRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'styleMix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedMeetings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenCoffeeDateRoundMutation, OpenCoffeeDateRoundMutationVariables>;
export const MatchCoffeeDateRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MatchCoffeeDateRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchCoffeeDateRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateRoundParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateRoundParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pairs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trios' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatchedReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'crossMinistryRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'styleMix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedMeetings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchCoffeeDateRoundMutation, MatchCoffeeDateRoundMutationVariables>;
export const CloseCoffeeDateRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseCoffeeDateRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCoffeeDateRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoffeeDateRoundParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoffeeDateRoundParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoffeeDateRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatWindowMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signupDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pairs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trios' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmatchedReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'crossMinistryRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'styleMix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'style' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedMeetings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCoffeeDateRoundMutation, CloseCoffeeDateRoundMutationVariables>;
export const RequestTeamCoffeeDateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestTeamCoffeeDate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestTeamCoffeeDateInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestTeamCoffeeDate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestTeamCoffeeDateMutation, RequestTeamCoffeeDateMutationVariables>;
export const DiscussionThreadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussionThreads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discussionThreads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'communityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionThreadRow' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionThreadRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionAuthor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionThreadsQuery, DiscussionThreadsQueryVariables>;
export const DiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionThreadRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanModerate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'community' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DiscussionReplyItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionThreadRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionAuthor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionReplyItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionReply' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threadId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionAuthor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionThreadQuery, DiscussionThreadQueryVariables>;
export const DiscussionModerationCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussionModerationCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerMembership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DiscussionModerationCommunityQuery,
  DiscussionModerationCommunityQueryVariables
>;
export const DiscussionModerationQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussionModerationQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discussionModerationQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'communityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reporter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DiscussionAuthor' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'thread' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DiscussionAuthor' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reply' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DiscussionAuthor' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DiscussionModerationQueueQuery,
  DiscussionModerationQueueQueryVariables
>;
export const StartDiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartDiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'StartDiscussionThreadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startDiscussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartDiscussionThreadMutation, StartDiscussionThreadMutationVariables>;
export const EditDiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditDiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditDiscussionThreadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editDiscussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditDiscussionThreadMutation, EditDiscussionThreadMutationVariables>;
export const DeleteDiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteDiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionThreadRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteDiscussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteDiscussionThreadMutation,
  DeleteDiscussionThreadMutationVariables
>;
export const ReplyToDiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplyToDiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReplyToDiscussionThreadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyToDiscussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReplyToDiscussionThreadMutation,
  ReplyToDiscussionThreadMutationVariables
>;
export const EditDiscussionReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditDiscussionReply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditDiscussionReplyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editDiscussionReply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditDiscussionReplyMutation, EditDiscussionReplyMutationVariables>;
export const DeleteDiscussionReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteDiscussionReply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionReplyRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteDiscussionReply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteDiscussionReplyMutation, DeleteDiscussionReplyMutationVariables>;
export const ModerateDiscussionThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ModerateDiscussionThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ModerateDiscussionThreadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moderateDiscussionThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ModerateDiscussionThreadMutation,
  ModerateDiscussionThreadMutationVariables
>;
export const SetDiscussionPostHiddenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDiscussionPostHidden' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetDiscussionPostHiddenInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDiscussionPostHidden' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'thread' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetDiscussionPostHiddenMutation,
  SetDiscussionPostHiddenMutationVariables
>;
export const ReportDiscussionPostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportDiscussionPost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportDiscussionPostInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportDiscussionPost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportDiscussionPostMutation, ReportDiscussionPostMutationVariables>;
export const ResolveDiscussionReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveDiscussionReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ResolveDiscussionReportInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveDiscussionReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResolveDiscussionReportMutation,
  ResolveDiscussionReportMutationVariables
>;
export const EmailDeliveryStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmailDeliveryStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailDeliveryStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmailDeliveryStatusQuery, EmailDeliveryStatusQueryVariables>;
export const RequestEmailConfirmationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestEmailConfirmation' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestEmailConfirmation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresInHours' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestEmailConfirmationMutation,
  RequestEmailConfirmationMutationVariables
>;
export const ConfirmEmailAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmEmailAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmEmailAddressInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmEmailAddress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmEmailAddressMutation, ConfirmEmailAddressMutationVariables>;
export const CommunityHarvestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommunityHarvest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'harvest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'communityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'HarvestLessonItem' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestLessonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunityHarvestQuery, CommunityHarvestQueryVariables>;
export const HarvestLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HarvestLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'HarvestLessonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'harvestLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HarvestLessonItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestLessonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HarvestLessonMutation, HarvestLessonMutationVariables>;
export const UpdateLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLessonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HarvestLessonItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestLessonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLessonMutation, UpdateLessonMutationVariables>;
export const DeleteLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LessonRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteLessonMutation, DeleteLessonMutationVariables>;
export const MyIntervisionGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyIntervisionGroups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myIntervisionGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IntervisionGroupRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyIntervisionGroupsQuery, MyIntervisionGroupsQueryVariables>;
export const CommunityIntervisionGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommunityIntervisionGroups' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intervisionGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'communityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IntervisionGroupRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CommunityIntervisionGroupsQuery,
  CommunityIntervisionGroupsQueryVariables
>;
export const LearningGroupIntervisionGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupIntervisionGroups' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intervisionGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'learningGroupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IntervisionGroupRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  LearningGroupIntervisionGroupsQuery,
  LearningGroupIntervisionGroupsQueryVariables
>;
export const IntervisionGroupPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntervisionGroupPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intervisionGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IntervisionGroupRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningGroupId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningGroupName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialityText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentialityVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpDays' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'community' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerMembership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementAcceptedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementAcceptedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentPhaseIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phaseCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expectedOfViewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'task' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntervisionGroupPageQuery, IntervisionGroupPageQueryVariables>;
export const IntervisionCasePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntervisionCasePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intervisionCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'situationWhat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'situationWho' } },
                { kind: 'Field', name: { kind: 'Name', value: 'situationWhere' } },
                { kind: 'Field', name: { kind: 'Name', value: 'situationWhen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tried' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reflection' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lessons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shareConsent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedScope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpAskedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpAnswer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentPhaseIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phaseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'methodNameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'methodNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'community' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'methods' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'adapted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expectedOfViewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allowedKinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phaseIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleNl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'instructionNl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'instructionEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'autoAdvance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contributions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'IntervisionContributionItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntervisionContributionItem' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'IntervisionContribution' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntervisionCasePageQuery, IntervisionCasePageQueryVariables>;
export const CreateIntervisionGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateIntervisionGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateIntervisionGroupInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createIntervisionGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateIntervisionGroupMutation,
  CreateIntervisionGroupMutationVariables
>;
export const AcceptIntervisionAgreementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptIntervisionAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AcceptIntervisionAgreementInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptIntervisionAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcceptIntervisionAgreementMutation,
  AcceptIntervisionAgreementMutationVariables
>;
export const LeaveIntervisionGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveIntervisionGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionGroupRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveIntervisionGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaveIntervisionGroupMutation, LeaveIntervisionGroupMutationVariables>;
export const DraftIntervisionCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DraftIntervisionCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftIntervisionCaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftIntervisionCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftIntervisionCaseMutation, DraftIntervisionCaseMutationVariables>;
export const AcceptIntervisionCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptIntervisionCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AcceptIntervisionCaseInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptIntervisionCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptIntervisionCaseMutation, AcceptIntervisionCaseMutationVariables>;
export const AdvanceIntervisionPhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdvanceIntervisionPhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'IntervisionPhaseActionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advanceIntervisionPhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdvanceIntervisionPhaseMutation,
  AdvanceIntervisionPhaseMutationVariables
>;
export const OpenIntervisionPhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenIntervisionPhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'IntervisionPhaseActionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openIntervisionPhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenIntervisionPhaseMutation, OpenIntervisionPhaseMutationVariables>;
export const CloseIntervisionPhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseIntervisionPhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntervisionCaseRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeIntervisionPhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseIntervisionPhaseMutation, CloseIntervisionPhaseMutationVariables>;
export const ExtendIntervisionPhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendIntervisionPhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ExtendIntervisionPhaseInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendIntervisionPhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExtendIntervisionPhaseMutation,
  ExtendIntervisionPhaseMutationVariables
>;
export const ContributeToIntervisionCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ContributeToIntervisionCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ContributeToIntervisionCaseInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributeToIntervisionCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ContributeToIntervisionCaseMutation,
  ContributeToIntervisionCaseMutationVariables
>;
export const SubmitIntervisionReflectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitIntervisionReflection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SubmitIntervisionReflectionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitIntervisionReflection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitIntervisionReflectionMutation,
  SubmitIntervisionReflectionMutationVariables
>;
export const CloseIntervisionCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseIntervisionCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseIntervisionCaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeIntervisionCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseIntervisionCaseMutation, CloseIntervisionCaseMutationVariables>;
export const ConsentToIntervisionLessonSharingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsentToIntervisionLessonSharing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'IntervisionLessonSharingInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentToIntervisionLessonSharing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsentToIntervisionLessonSharingMutation,
  ConsentToIntervisionLessonSharingMutationVariables
>;
export const ShareIntervisionLessonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareIntervisionLessons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'IntervisionLessonSharingInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareIntervisionLessons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ShareIntervisionLessonsMutation,
  ShareIntervisionLessonsMutationVariables
>;
export const AnswerIntervisionFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerIntervisionFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AnswerIntervisionFollowUpInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerIntervisionFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AnswerIntervisionFollowUpMutation,
  AnswerIntervisionFollowUpMutationVariables
>;
export const IntervisionMemberSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntervisionMemberSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntervisionMemberSearchQuery, IntervisionMemberSearchQueryVariables>;
export const InviteToIntervisionGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteToIntervisionGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'InviteToIntervisionGroupInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToIntervisionGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  InviteToIntervisionGroupMutation,
  InviteToIntervisionGroupMutationVariables
>;
export const EditIntervisionContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditIntervisionContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'EditIntervisionContributionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editIntervisionContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  EditIntervisionContributionMutation,
  EditIntervisionContributionMutationVariables
>;
export const PeerIntroductionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeerIntroductions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPeerIntroductions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerIntroductionItem' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerIntroductionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerIntroduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRequester' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requester' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeerIntroductionsQuery, PeerIntroductionsQueryVariables>;
export const RequestPeerIntroductionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPeerIntroduction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestPeerIntroductionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPeerIntroduction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPeerIntroductionMutation,
  RequestPeerIntroductionMutationVariables
>;
export const PickPeerForIntroductionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PickPeerForIntroduction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PickPeerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pickPeerForIntroduction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PickPeerForIntroductionMutation,
  PickPeerForIntroductionMutationVariables
>;
export const AnswerPeerIntroductionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerPeerIntroduction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AnswerPeerIntroductionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerPeerIntroduction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AnswerPeerIntroductionMutation,
  AnswerPeerIntroductionMutationVariables
>;
export const LearningGroupsOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupsOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'learningGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'LearningGroupParts' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeParts' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'type' },
                value: { kind: 'EnumValue', value: 'MINISTRY' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadenceWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSessionLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facilitator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerApplication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningWish' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Programme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'strategy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ministry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupsOverviewQuery, LearningGroupsOverviewQueryVariables>;
export const LearningGroupPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'learningGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LearningGroupParts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ApplicationForFacilitator' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'groups' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reasons' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'applications' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ApplicationForFacilitator' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstSessionLocal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cohortEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadenceWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSessionLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facilitator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerApplication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningWish' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationForFacilitator' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'LearningGroupApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningWish' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programme' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ministry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupPageQuery, LearningGroupPageQueryVariables>;
export const DescribeProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DescribeProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DescribeProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'describeProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeParts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Programme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'strategy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ministry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DescribeProgrammeMutation, DescribeProgrammeMutationVariables>;
export const ApplyToLearningGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToLearningGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyToLearningGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToLearningGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToLearningGroupMutation, ApplyToLearningGroupMutationVariables>;
export const ProposeLearningGroupCompositionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeLearningGroupComposition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeLearningGroupComposition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProposeLearningGroupCompositionMutation,
  ProposeLearningGroupCompositionMutationVariables
>;
export const MoveLearningGroupMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveLearningGroupMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MoveLearningGroupMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveLearningGroupMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MoveLearningGroupMemberMutation,
  MoveLearningGroupMemberMutationVariables
>;
export const ConfirmLearningGroupCompositionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmLearningGroupComposition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmLearningGroupComposition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConfirmLearningGroupCompositionMutation,
  ConfirmLearningGroupCompositionMutationVariables
>;
export const WithdrawLearningGroupApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawLearningGroupApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawLearningGroupApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WithdrawLearningGroupApplicationMutation,
  WithdrawLearningGroupApplicationMutationVariables
>;
export const FinishLearningGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FinishLearningGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finishLearningGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinishLearningGroupMutation, FinishLearningGroupMutationVariables>;
export const CreateLearningGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLearningGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLearningGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLearningGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLearningGroupMutation, CreateLearningGroupMutationVariables>;
export const FacilitatorCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FacilitatorCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FacilitatorCandidatesQuery, FacilitatorCandidatesQueryVariables>;
export const LearningGroupOutputsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupOutputs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupNumber' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'learningGroupOutputs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'learningGroupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LearningGroupOutputItem' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'communities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mine' },
                value: { kind: 'BooleanValue', value: true },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupOutputItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupOutput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedCommunityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasApproved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousBody' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupOutputsQuery, LearningGroupOutputsQueryVariables>;
export const CreateLearningGroupOutputDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLearningGroupOutput' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateLearningGroupOutputInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLearningGroupOutput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateLearningGroupOutputMutation,
  CreateLearningGroupOutputMutationVariables
>;
export const UpdateLearningGroupOutputDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLearningGroupOutput' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateLearningGroupOutputInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLearningGroupOutput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateLearningGroupOutputMutation,
  UpdateLearningGroupOutputMutationVariables
>;
export const ApproveLearningGroupOutputDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveLearningGroupOutput' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ApproveLearningGroupOutputInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveLearningGroupOutput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ApproveLearningGroupOutputMutation,
  ApproveLearningGroupOutputMutationVariables
>;
export const PublishLearningGroupOutputDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishLearningGroupOutput' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'PublishLearningGroupOutputInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishLearningGroupOutput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PublishLearningGroupOutputMutation,
  PublishLearningGroupOutputMutationVariables
>;
export const LearningGroupSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupNumber' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'learningGroupSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'learningGroupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LearningGroupSessionItem' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupSessionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAtLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reflections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'happened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yielded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adjust' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupSessionsQuery, LearningGroupSessionsQueryVariables>;
export const UpdateLearningGroupSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLearningGroupSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateLearningGroupSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLearningGroupSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LearningGroupSessionItem' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupSessionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAtLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reflections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'happened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yielded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adjust' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateLearningGroupSessionMutation,
  UpdateLearningGroupSessionMutationVariables
>;
export const RecordLearningGroupAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordLearningGroupAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordLearningGroupAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LearningGroupSessionItem' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LearningGroupSessionItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LearningGroupSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAtLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reflections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'happened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yielded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adjust' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordLearningGroupAttendanceMutation,
  RecordLearningGroupAttendanceMutationVariables
>;
export const SubmitLearningGroupReflectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitLearningGroupReflection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'LearningGroupReflectionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitLearningGroupReflection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sessionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitLearningGroupReflectionMutation,
  SubmitLearningGroupReflectionMutationVariables
>;
export const UpdateLearningGroupReflectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLearningGroupReflection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'LearningGroupReflectionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLearningGroupReflection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sessionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateLearningGroupReflectionMutation,
  UpdateLearningGroupReflectionMutationVariables
>;
export const LearningGroupThreadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LearningGroupThreads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'learningGroupThreads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'learningGroupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'learningGroupId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'theme' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sessions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'groupNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningGroupThreadsQuery, LearningGroupThreadsQueryVariables>;
export const CreateLearningGroupThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLearningGroupThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateLearningGroupThreadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLearningGroupThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateLearningGroupThreadMutation,
  CreateLearningGroupThreadMutationVariables
>;
export const MailAdminSentEmailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailAdminSentEmails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentEmails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MailAdminSentEmailsQuery, MailAdminSentEmailsQueryVariables>;
export const MailAdminOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailAdminOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailFailures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'permanent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smtpCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailSuppressions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smtpCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smtpResponse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'digestSchedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'plannerScheduled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannerNextRunAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannerPattern' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'membersByFrequency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'members' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dueNextDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hour' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'members' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digestsSentLast7Days' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MailAdminOverviewQuery, MailAdminOverviewQueryVariables>;
export const LiftEmailSuppressionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LiftEmailSuppression' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LiftEmailSuppressionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liftEmailSuppression' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'liftedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiftEmailSuppressionMutation, LiftEmailSuppressionMutationVariables>;
export const CommunityMeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommunityMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'communityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'communityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maybeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRsvp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunityMeetingsQuery, CommunityMeetingsQueryVariables>;
export const MyUpcomingMeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyUpcomingMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myUpcomingMeetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maybeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRsvp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyUpcomingMeetingsQuery, MyUpcomingMeetingsQueryVariables>;
export const MeetingDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAtLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAtLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'community' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'viewerMembership' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendees' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'member' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'organisation' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'abbreviation' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maybeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRsvp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const ScheduleMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maybeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRsvp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const RsvpToMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RsvpToMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RsvpToMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rsvpToMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RsvpToMeetingMutation, RsvpToMeetingMutationVariables>;
export const CancelMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordMeetingFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeetingFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFollowUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeetingFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingFollowUpMutation, RecordMeetingFollowUpMutationVariables>;
export const RecordMeetingNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeetingNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMeetingNotesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeetingNotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingNotesMutation, RecordMeetingNotesMutationVariables>;
export const NotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NotificationSettingsParts' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'communities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'community' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'digestFrequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestWeekday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingChanges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coffeeDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intervisionPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNotificationSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateNotificationSettingsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNotificationSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NotificationSettingsParts' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'digestFrequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestWeekday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingChanges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coffeeDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intervisionPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateNotificationSettingsMutation,
  UpdateNotificationSettingsMutationVariables
>;
export const SetCommunityNotificationModeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCommunityNotificationMode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetCommunityNotificationModeInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCommunityNotificationMode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'community' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetCommunityNotificationModeMutation,
  SetCommunityNotificationModeMutationVariables
>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkNotificationsReadInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'marked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsProfile' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformRole' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RequestSignInLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestSignInLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSignInLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestSignInLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresInMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const OrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organisations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rootsOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rootsOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rootsOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CompleteProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteProfileMutation, CompleteProfileMutationVariables>;
export const CommunitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Communities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'phase' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityPhase' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'communities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'theme' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'phase' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'phase' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommunityCard' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommunityCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Community' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinPolicy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Community' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'community' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommunityCard' } },
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'centralQuestions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'welcomeMessage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedEndOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'MembershipRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequests' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'MembershipRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommunityCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Community' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinPolicy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerMembership' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isViewer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'abbreviation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommunityQuery, CommunityQueryVariables>;
export const ProposeCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeCommunityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeCommunityMutation, ProposeCommunityMutationVariables>;
export const UpdateCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCommunityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const ApproveCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveCommunityMutation, ApproveCommunityMutationVariables>;
export const SetCommunityPhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCommunityPhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetCommunityPhaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCommunityPhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCommunityPhaseMutation, SetCommunityPhaseMutationVariables>;
export const JoinCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const RequestToJoinCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestToJoinCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestToJoinCommunityInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestToJoinCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestToJoinCommunityMutation,
  RequestToJoinCommunityMutationVariables
>;
export const LeaveCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaveCommunityMutation, LeaveCommunityMutationVariables>;
export const DecideJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideJoinRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideJoinRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideJoinRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'approved' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>;
export const InviteToCommunityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteToCommunity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteToCommunityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToCommunity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteToCommunityMutation, InviteToCommunityMutationVariables>;
export const AcceptCommunityInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptCommunityInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AcceptCommunityInvitationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptCommunityInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'community' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcceptCommunityInvitationMutation,
  AcceptCommunityInvitationMutationVariables
>;
export const RemoveCommunityMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveCommunityMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommunityMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCommunityMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveCommunityMemberMutation, RemoveCommunityMemberMutationVariables>;
export const SetCommunityRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCommunityRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetCommunityRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCommunityRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCommunityRoleMutation, SetCommunityRoleMutationVariables>;
