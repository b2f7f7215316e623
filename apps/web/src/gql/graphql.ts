/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CreateOrganisationInput = {
  abbreviation?: string | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
  type: OrganisationType;
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

export type MergeOrganisationsInput = {
  /** The organisation that disappears. */
  sourceId: string | number;
  /** The organisation that takes over its members and links. */
  targetId: string | number;
};

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

/** Who may see a part of a profile: only the member, or every member of Leerhuis. */
export type ProfileVisibility = 'MEMBERS' | 'PRIVATE';

export type ProfileVisibilityInput = {
  bio?: ProfileVisibility | null | undefined;
  email?: ProfileVisibility | null | undefined;
  jobRole?: ProfileVisibility | null | undefined;
  offer?: ProfileVisibility | null | undefined;
  organisation?: ProfileVisibility | null | undefined;
  seeking?: ProfileVisibility | null | undefined;
  themes?: ProfileVisibility | null | undefined;
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

/** COMMUNITY: a CoP harvest. LEARNING_GROUP: a leergroep article. INTERVISION: anonymised. */
export type ReadableLessonKind = 'COMMUNITY' | 'INTERVISION' | 'LEARNING_GROUP';

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

export type RemoveFromIntervisionGroupInput = {
  groupId: string | number;
  /** The member (or invitee) to remove. */
  memberId: string | number;
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

export type RequestAccountErasureInput = {
  /** Also delete your own threads and replies; otherwise they stay as "voormalig lid". */
  deleteOwnPosts?: boolean;
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

/** What search covers: CoPs, discussions (threads and replies), lessons, members. */
export type SearchKind = 'COMMUNITY' | 'DISCUSSION' | 'LESSON' | 'MEMBER';

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

export type SetPlatformRoleInput = {
  memberId: string | number;
  /** MEMBER or ADMIN */
  role: string;
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

export type UpdateOrganisationInput = {
  abbreviation?: string | null | undefined;
  id: string | number;
  name: string;
  /** Null: at the top of the tree. */
  parentId?: string | number | null | undefined;
  type: OrganisationType;
};

export type UpdateProfileInput = {
  bio?: string | null | undefined;
  jobRole?: JobRole | null | undefined;
  language?: string | null | undefined;
  name?: string | null | undefined;
  /** What you can offer (aanbod). */
  offer?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  /** What you are looking for (vraag). */
  seeking?: string | null | undefined;
  themes?: Array<string> | null | undefined;
  visibility?: ProfileVisibilityInput | null | undefined;
};

export type AdminOrganisationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type AdminOrganisationsQuery = {
  organisations: {
    nodes: Array<{
      id: string;
      name: string;
      abbreviation: string | null;
      type: OrganisationType;
      parent: { id: string } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;

export type AdminCreateOrganisationMutation = { createOrganisation: { id: string; name: string } };

export type AdminUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;

export type AdminUpdateOrganisationMutation = { updateOrganisation: { id: string; name: string } };

export type AdminMergeOrganisationsMutationVariables = Exact<{
  input: MergeOrganisationsInput;
}>;

export type AdminMergeOrganisationsMutation = { mergeOrganisations: { id: string; name: string } };

export type PlatformAdminsQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformAdminsQuery = {
  platformAdmins: Array<{
    id: string;
    name: string;
    email: string | null;
    organisation: { id: string; name: string } | null;
  }>;
};

export type AdminMemberSearchQueryVariables = Exact<{
  search: string;
}>;

export type AdminMemberSearchQuery = {
  members: {
    nodes: Array<{
      id: string;
      name: string;
      platformRole: string | null;
      organisation: { id: string; name: string } | null;
    }>;
  };
};

export type AdminSetPlatformRoleMutationVariables = Exact<{
  input: SetPlatformRoleInput;
}>;

export type AdminSetPlatformRoleMutation = {
  setPlatformRole: { id: string; platformRole: string | null };
};

export type AgendaQueryVariables = Exact<{
  mine?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AgendaQuery = {
  agenda: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string;
      viewerIsMember: boolean;
      community: { id: string; name: string; slug: string };
    }>;
  };
};

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarFeedQuery = { calendarFeed: { active: boolean; issuedAt: string | null } };

export type IssueCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type IssueCalendarFeedMutation = {
  issueCalendarFeed: { webcalUrl: string; httpUrl: string; issuedAt: string };
};

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

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
  myBoundarySpannerProfile: { takenAt: string } | null;
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

export type MyErasureBlockersQueryVariables = Exact<{ [key: string]: never }>;

export type MyErasureBlockersQuery = {
  myErasureBlockers: Array<{ kind: string; id: string; name: string }>;
};

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never }>;

export type RequestDataExportMutation = {
  requestDataExport: { accepted: boolean; expiresAt: string };
};

export type RequestAccountErasureMutationVariables = Exact<{
  input?: RequestAccountErasureInput | null | undefined;
}>;

export type RequestAccountErasureMutation = {
  requestAccountErasure: { accepted: boolean; expiresAt: string };
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

export type MentionCandidatesQueryVariables = Exact<{
  threadId?: string | number | null | undefined;
  communityId?: string | number | null | undefined;
  search: string;
  first: number;
}>;

export type MentionCandidatesQuery = {
  mentionCandidates: Array<{ id: string; name: string; jobRole: JobRole | null }>;
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
      member: { id: string } | null;
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

export type RemoveFromIntervisionGroupMutationVariables = Exact<{
  input: RemoveFromIntervisionGroupInput;
}>;

export type RemoveFromIntervisionGroupMutation = { removeFromIntervisionGroup: boolean };

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

export type ReadableLessonItemFragment = {
  id: string;
  kind: ReadableLessonKind;
  title: string | null;
  body: string;
  type: LessonType | null;
  occurredOn: string | null;
  publishedAt: string;
  community: { id: string; name: string; slug: string } | null;
  intervision: { methodNameNl: string; methodNameEn: string; closedMonth: string } | null;
};

export type LessonsQueryVariables = Exact<{
  kind?: ReadableLessonKind | null | undefined;
  type?: LessonType | null | undefined;
  communityId?: string | number | null | undefined;
  theme?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type LessonsQuery = {
  lessons: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      kind: ReadableLessonKind;
      title: string | null;
      body: string;
      type: LessonType | null;
      occurredOn: string | null;
      publishedAt: string;
      community: { id: string; name: string; slug: string } | null;
      intervision: { methodNameNl: string; methodNameEn: string; closedMonth: string } | null;
    }>;
  };
};

export type LessonFilterCommunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type LessonFilterCommunitiesQuery = {
  communities: { nodes: Array<{ id: string; name: string }> };
};

export type ReadableLessonQueryVariables = Exact<{
  id: string | number;
}>;

export type ReadableLessonQuery = {
  readableLesson: {
    id: string;
    kind: ReadableLessonKind;
    title: string | null;
    body: string;
    type: LessonType | null;
    occurredOn: string | null;
    publishedAt: string;
    community: { id: string; name: string; slug: string } | null;
    intervision: { methodNameNl: string; methodNameEn: string; closedMonth: string } | null;
  };
};

export type MailAdminSentEmailsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MailAdminSentEmailsQuery = {
  sentEmails: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      key: string;
      kind: string;
      recipient: string | null;
      subject: string | null;
      confidential: boolean;
      sentAt: string;
    }>;
  };
};

export type MailAdminOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type MailAdminOverviewQuery = {
  emailFailures: {
    totalCount: number;
    nodes: Array<{
      id: string;
      kind: string;
      recipient: string | null;
      subject: string | null;
      confidential: boolean;
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

export type MyProfileQueryVariables = Exact<{
  id: string | number;
}>;

export type MyProfileQuery = {
  member: {
    id: string;
    name: string;
    email: string | null;
    jobRole: JobRole | null;
    themes: Array<string> | null;
    bio: string | null;
    offer: string | null;
    seeking: string | null;
    language: string | null;
    organisation: { id: string; name: string; abbreviation: string | null } | null;
    visibility: {
      email: ProfileVisibility;
      organisation: ProfileVisibility;
      jobRole: ProfileVisibility;
      themes: ProfileVisibility;
      bio: ProfileVisibility;
      offer: ProfileVisibility;
      seeking: ProfileVisibility;
    } | null;
  };
};

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: { id: string; name: string; language: string | null };
};

export type MemberPageQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberPageQuery = {
  member: {
    id: string;
    name: string;
    email: string | null;
    isViewer: boolean;
    jobRole: JobRole | null;
    themes: Array<string> | null;
    bio: string | null;
    offer: string | null;
    seeking: string | null;
    organisation: {
      id: string;
      name: string;
      abbreviation: string | null;
      parent: { id: string; name: string; abbreviation: string | null } | null;
    } | null;
    communitiesInCommon: Array<{ id: string; slug: string; name: string }>;
    boundarySpannerProfile: { preferredStyles: Array<BoundarySpannerStyle> } | null;
  };
};

export type MemberDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  theme?: string | null | undefined;
  offer?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type MemberDirectoryQuery = {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      name: string;
      jobRole: JobRole | null;
      themes: Array<string> | null;
      offer: string | null;
      organisation: { id: string; name: string; abbreviation: string | null } | null;
    }>;
  };
};

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
      actorId: string | null;
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
    viewerMembership: { role: CommunityRole; status: MembershipStatus } | null;
  };
};

export type CommunityMembersQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;

export type CommunityMembersQuery = {
  community: {
    id: string;
    members: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
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
  };
};

export type CommunityJoinRequestsQueryVariables = Exact<{
  slug: string;
}>;

export type CommunityJoinRequestsQuery = {
  community: {
    id: string;
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

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never }>;

export type SignInProvidersQuery = {
  signInProviders: Array<{ id: string; label: string; startPath: string }>;
};

export type SearchTextFragment = {
  text: string;
  highlights: Array<{ start: number; length: number }>;
};

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;

export type SearchQuery = {
  search: {
    query: string;
    communities: {
      hasMore: boolean;
      hits: Array<{
        id: string;
        slug: string;
        name: { text: string; highlights: Array<{ start: number; length: number }> };
        snippet: { text: string; highlights: Array<{ start: number; length: number }> } | null;
      }>;
    } | null;
    discussions: {
      hasMore: boolean;
      hits: Array<{
        threadId: string;
        replyId: string | null;
        createdAt: string;
        title: { text: string; highlights: Array<{ start: number; length: number }> };
        snippet: { text: string; highlights: Array<{ start: number; length: number }> } | null;
        community: { name: string; slug: string };
      }>;
    } | null;
    lessons: {
      hasMore: boolean;
      hits: Array<{
        id: string;
        title: { text: string; highlights: Array<{ start: number; length: number }> };
        snippet: { text: string; highlights: Array<{ start: number; length: number }> } | null;
        community: { name: string; slug: string } | null;
      }>;
    } | null;
    members: {
      hasMore: boolean;
      hits: Array<{
        id: string;
        jobRole: JobRole | null;
        name: { text: string; highlights: Array<{ start: number; length: number }> };
        snippet: { text: string; highlights: Array<{ start: number; length: number }> } | null;
      }>;
    } | null;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoundarySpannerProfilePartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment BoundarySpannerProfileParts on BoundarySpannerProfile {
  takenAt
  preferredStyles
  questionnaireVersion
  scores {
    style
    score
  }
}
    `,
  { fragmentName: 'BoundarySpannerProfileParts' },
) as unknown as TypedDocumentString<BoundarySpannerProfilePartsFragment, unknown>;
export const BoundarySpannerAttemptPartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment BoundarySpannerAttemptParts on BoundarySpannerAttempt {
  id
  questionnaireVersion
  answeredCount
  itemCount
  complete
  missingItemKeys
  answers {
    itemKey
    value
  }
}
    `,
  { fragmentName: 'BoundarySpannerAttemptParts' },
) as unknown as TypedDocumentString<BoundarySpannerAttemptPartsFragment, unknown>;
export const CoffeeDateStatusPartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}
    `,
  { fragmentName: 'CoffeeDateStatusParts' },
) as unknown as TypedDocumentString<CoffeeDateStatusPartsFragment, unknown>;
export const CoffeeDateRoundPartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment CoffeeDateRoundParts on CoffeeDateRound {
  id
  kind
  period
  state
  opensAt
  repeatWindowMonths
  signupDeadline
  closesAt
  meetOn
  stats {
    participants
    matched
    pairs
    trios
    groups
    unmatched
    unmatchedReasons {
      reason
      count
    }
    crossMinistryRate
    styleMix {
      style
      count
    }
    withoutProfile
    reportedMeetings
    ratings
    averageRating
    declined
  }
}
    `,
  { fragmentName: 'CoffeeDateRoundParts' },
) as unknown as TypedDocumentString<CoffeeDateRoundPartsFragment, unknown>;
export const DiscussionAuthorFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}
    `,
  { fragmentName: 'DiscussionAuthor' },
) as unknown as TypedDocumentString<DiscussionAuthorFragment, unknown>;
export const DiscussionThreadRowFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment DiscussionThreadRow on DiscussionThread {
  id
  title
  pinned
  locked
  hidden
  deleted
  replyCount
  createdAt
  lastActivityAt
  author {
    ...DiscussionAuthor
  }
}
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}`,
  { fragmentName: 'DiscussionThreadRow' },
) as unknown as TypedDocumentString<DiscussionThreadRowFragment, unknown>;
export const DiscussionReplyItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment DiscussionReplyItem on DiscussionReply {
  id
  threadId
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  viewerCanEdit
  author {
    ...DiscussionAuthor
  }
}
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}`,
  { fragmentName: 'DiscussionReplyItem' },
) as unknown as TypedDocumentString<DiscussionReplyItemFragment, unknown>;
export const HarvestLessonItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment HarvestLessonItem on Lesson {
  id
  title
  description
  type
  audience
  occurredOn
  createdAt
  viewerCanEdit
  author {
    id
    name
  }
  contributors {
    id
    name
  }
}
    `,
  { fragmentName: 'HarvestLessonItem' },
) as unknown as TypedDocumentString<HarvestLessonItemFragment, unknown>;
export const IntervisionGroupRowFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment IntervisionGroupRow on IntervisionGroup {
  id
  name
  context
  memberCount
  viewerMembership {
    role
    status
  }
}
    `,
  { fragmentName: 'IntervisionGroupRow' },
) as unknown as TypedDocumentString<IntervisionGroupRowFragment, unknown>;
export const IntervisionContributionItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment IntervisionContributionItem on IntervisionContribution {
  id
  kind
  body
  authorRole
  createdAt
  editedAt
  viewerCanEdit
  author {
    id
    name
  }
}
    `,
  { fragmentName: 'IntervisionContributionItem' },
) as unknown as TypedDocumentString<IntervisionContributionItemFragment, unknown>;
export const PeerIntroductionItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment PeerIntroductionItem on PeerIntroduction {
  id
  status
  createdAt
  viewerIsRequester
  requester {
    id
    name
  }
  peer {
    id
    name
  }
  proposals {
    rank
    peer {
      id
      name
    }
    reasons {
      code
      themes
    }
  }
}
    `,
  { fragmentName: 'PeerIntroductionItem' },
) as unknown as TypedDocumentString<PeerIntroductionItemFragment, unknown>;
export const ProgrammePartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment ProgrammeParts on Programme {
  id
  name
  ministryId
  type
  strategy
  phase
  themes
  hasBudget
  ministry {
    id
    name
    abbreviation
  }
}
    `,
  { fragmentName: 'ProgrammeParts' },
) as unknown as TypedDocumentString<ProgrammePartsFragment, unknown>;
export const LearningGroupPartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment LearningGroupParts on LearningGroup {
  id
  name
  goal
  status
  cohortStartsOn
  cohortEndsOn
  cadenceWeeks
  targetSize
  location
  firstSessionLocal
  viewerRole
  facilitator {
    id
    name
  }
  viewerApplication {
    id
    status
    learningWish
    programme {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'LearningGroupParts' },
) as unknown as TypedDocumentString<LearningGroupPartsFragment, unknown>;
export const ApplicationForFacilitatorFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment ApplicationForFacilitator on LearningGroupApplication {
  id
  status
  learningWish
  applicant {
    id
    name
  }
  programme {
    id
    name
    type
    phase
    ministry {
      id
      name
      abbreviation
    }
  }
}
    `,
  { fragmentName: 'ApplicationForFacilitator' },
) as unknown as TypedDocumentString<ApplicationForFacilitatorFragment, unknown>;
export const LearningGroupOutputItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment LearningGroupOutputItem on LearningGroupOutput {
  id
  groupNumber
  type
  title
  body
  bodyHtml
  version
  updatedAt
  publishedAt
  publishedCommunityId
  viewerCanApprove
  viewerHasApproved
  approvals {
    approvedAt
    member {
      id
      name
    }
  }
  awaitingApprovalFrom {
    id
    name
  }
  history {
    version
    editedAt
    previousTitle
    previousBody
    editor {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'LearningGroupOutputItem' },
) as unknown as TypedDocumentString<LearningGroupOutputItemFragment, unknown>;
export const LearningGroupSessionItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment LearningGroupSessionItem on LearningGroupSession {
  id
  groupNumber
  sequence
  startsAt
  startsAtLocal
  agenda
  notes
  attendance {
    status
    member {
      id
    }
  }
  reflections {
    happened
    yielded
    adjust
    member {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'LearningGroupSessionItem' },
) as unknown as TypedDocumentString<LearningGroupSessionItemFragment, unknown>;
export const ReadableLessonItemFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment ReadableLessonItem on ReadableLesson {
  id
  kind
  title
  body
  type
  occurredOn
  publishedAt
  community {
    id
    name
    slug
  }
  intervision {
    methodNameNl
    methodNameEn
    closedMonth
  }
}
    `,
  { fragmentName: 'ReadableLessonItem' },
) as unknown as TypedDocumentString<ReadableLessonItemFragment, unknown>;
export const MeetingSummaryFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment MeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  address
  onlineUrl
  capacity
  goingCount
  maybeCount
  waitingCount
  cancelledAt
  viewerRsvp {
    status
    waitingPosition
  }
  community {
    id
    slug
    name
  }
}
    `,
  { fragmentName: 'MeetingSummary' },
) as unknown as TypedDocumentString<MeetingSummaryFragment, unknown>;
export const NotificationSettingsPartsFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment NotificationSettingsParts on NotificationSettings {
  digestFrequency
  digestWeekday
  digestTime
  emailLanguage
  mentions
  replies
  meetingChanges
  coffeeDate
  intervisionPhases
  nextDigestAt
}
    `,
  { fragmentName: 'NotificationSettingsParts' },
) as unknown as TypedDocumentString<NotificationSettingsPartsFragment, unknown>;
export const CommunityCardFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment CommunityCard on Community {
  id
  slug
  name
  goal
  themes
  phase
  status
  joinPolicy
  memberCount
  lastActivityAt
  viewerMembership {
    role
    status
  }
}
    `,
  { fragmentName: 'CommunityCard' },
) as unknown as TypedDocumentString<CommunityCardFragment, unknown>;
export const MembershipRowFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment MembershipRow on CommunityMembership {
  id
  role
  status
  joinedAt
  requestedAt
  motivation
  member {
    id
    name
    isViewer
    organisation {
      id
      name
      abbreviation
    }
  }
}
    `,
  { fragmentName: 'MembershipRow' },
) as unknown as TypedDocumentString<MembershipRowFragment, unknown>;
export const SearchTextFragmentDoc = /* #__PURE__ */ new TypedDocumentString(
  `
    fragment SearchText on HighlightedText {
  text
  highlights {
    start
    length
  }
}
    `,
  { fragmentName: 'SearchText' },
) as unknown as TypedDocumentString<SearchTextFragment, unknown>;
export const AdminOrganisationsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query AdminOrganisations($after: String) {
  organisations(first: 100, after: $after) {
    nodes {
      id
      name
      abbreviation
      type
      parent {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `,
  { hash: '3d49977a046bf66fb3e0a4e4be63bcbcdc48b311d732c8ac3bb8afd4867eb38a' },
) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminCreateOrganisationDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
  }
}
    `,
  { hash: 'eb50fbae8593dd8b1ba6284a77fb9a9c672fa25f1933bd4fe55a33a7905be52c' },
) as unknown as TypedDocumentString<
  AdminCreateOrganisationMutation,
  AdminCreateOrganisationMutationVariables
>;
export const AdminUpdateOrganisationDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
    name
  }
}
    `,
  { hash: 'b1209cca3038eba2cd15e9ed93cea1af5a7860030c447c21fbb4843bf17fce70' },
) as unknown as TypedDocumentString<
  AdminUpdateOrganisationMutation,
  AdminUpdateOrganisationMutationVariables
>;
export const AdminMergeOrganisationsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AdminMergeOrganisations($input: MergeOrganisationsInput!) {
  mergeOrganisations(input: $input) {
    id
    name
  }
}
    `,
  { hash: '1d2316519f8267cb25c53b50f37703ab65a69a64969cc05080d672381f67b198' },
) as unknown as TypedDocumentString<
  AdminMergeOrganisationsMutation,
  AdminMergeOrganisationsMutationVariables
>;
export const PlatformAdminsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query PlatformAdmins {
  platformAdmins {
    id
    name
    email
    organisation {
      id
      name
    }
  }
}
    `,
  { hash: 'ec3ed8ac9191f2b100ecb1f3bcf2ffd61002b4e1bad5d8256814c9d0e280d929' },
) as unknown as TypedDocumentString<PlatformAdminsQuery, PlatformAdminsQueryVariables>;
export const AdminMemberSearchDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query AdminMemberSearch($search: String!) {
  members(search: $search, first: 20) {
    nodes {
      id
      name
      platformRole
      organisation {
        id
        name
      }
    }
  }
}
    `,
  { hash: '55772351799a3b1bea62df110c2a46d7a151ef15b63acb3792c7c711940acdf2' },
) as unknown as TypedDocumentString<AdminMemberSearchQuery, AdminMemberSearchQueryVariables>;
export const AdminSetPlatformRoleDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AdminSetPlatformRole($input: SetPlatformRoleInput!) {
  setPlatformRole(input: $input) {
    id
    platformRole
  }
}
    `,
  { hash: '4a493983f0376b77258e985850bc0dc0b7f5b3ad535fa2c299ae03598dfa7d5b' },
) as unknown as TypedDocumentString<
  AdminSetPlatformRoleMutation,
  AdminSetPlatformRoleMutationVariables
>;
export const AgendaDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Agenda($mine: Boolean, $first: Int!, $after: String) {
  agenda(mine: $mine, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      startsAt
      endsAt
      viewerIsMember
      community {
        id
        name
        slug
      }
    }
  }
}
    `,
  { hash: '03a018fded0853205e1196499aea509fdf5973777754bc105713f1e708ac7052' },
) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const CalendarFeedDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CalendarFeed {
  calendarFeed {
    active
    issuedAt
  }
}
    `,
  { hash: 'e27c0f5f964eb347c0de54cb149f31dac1577d498763d46a7b86e3d087f4270e' },
) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const IssueCalendarFeedDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation IssueCalendarFeed {
  issueCalendarFeed {
    webcalUrl
    httpUrl
    issuedAt
  }
}
    `,
  { hash: 'ae5cd468e4d4fff4532bf703795cc0b3b94390f11be3a5c726e03c0b5acfb8e6' },
) as unknown as TypedDocumentString<IssueCalendarFeedMutation, IssueCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `,
  { hash: '3f45501530e0d34279ec5570e0c8372cc6bc8a37f9e0618cc8925d6c11c2f74b' },
) as unknown as TypedDocumentString<
  RevokeCalendarFeedMutation,
  RevokeCalendarFeedMutationVariables
>;
export const BoundarySpannerQuestionnaireDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query BoundarySpannerQuestionnaire {
  boundarySpannerQuestionnaire {
    version
    items {
      key
      style
      text {
        nl
        en
      }
    }
    draft {
      ...BoundarySpannerAttemptParts
    }
  }
}
    fragment BoundarySpannerAttemptParts on BoundarySpannerAttempt {
  id
  questionnaireVersion
  answeredCount
  itemCount
  complete
  missingItemKeys
  answers {
    itemKey
    value
  }
}`,
  { hash: '91ec41c21eecf76fbab85074ba562162adb8b1ea4e3c98171180daf968502570' },
) as unknown as TypedDocumentString<
  BoundarySpannerQuestionnaireQuery,
  BoundarySpannerQuestionnaireQueryVariables
>;
export const SaveBoundarySpannerAnswersDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SaveBoundarySpannerAnswers($input: SaveBoundarySpannerAnswersInput!) {
  saveBoundarySpannerAnswers(input: $input) {
    ...BoundarySpannerAttemptParts
  }
}
    fragment BoundarySpannerAttemptParts on BoundarySpannerAttempt {
  id
  questionnaireVersion
  answeredCount
  itemCount
  complete
  missingItemKeys
  answers {
    itemKey
    value
  }
}`,
  { hash: '2f9792dc6b6fae6edfb9b84dd98dc7010acbe82dea8b3991ec224f507d94855f' },
) as unknown as TypedDocumentString<
  SaveBoundarySpannerAnswersMutation,
  SaveBoundarySpannerAnswersMutationVariables
>;
export const SubmitBoundarySpannerQuestionnaireDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SubmitBoundarySpannerQuestionnaire($input: SubmitBoundarySpannerQuestionnaireInput!) {
  submitBoundarySpannerQuestionnaire(input: $input) {
    ...BoundarySpannerProfileParts
  }
}
    fragment BoundarySpannerProfileParts on BoundarySpannerProfile {
  takenAt
  preferredStyles
  questionnaireVersion
  scores {
    style
    score
  }
}`,
  { hash: '04730cc0914075ca12219523154373d8c4f800f2550af9c35c5edde79f4568d6' },
) as unknown as TypedDocumentString<
  SubmitBoundarySpannerQuestionnaireMutation,
  SubmitBoundarySpannerQuestionnaireMutationVariables
>;
export const MyBoundarySpannerProfileDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyBoundarySpannerProfile {
  myBoundarySpannerProfile {
    ...BoundarySpannerProfileParts
  }
  myBoundarySpannerProfileHistory {
    ...BoundarySpannerProfileParts
  }
  myBoundarySpannerVisibility
}
    fragment BoundarySpannerProfileParts on BoundarySpannerProfile {
  takenAt
  preferredStyles
  questionnaireVersion
  scores {
    style
    score
  }
}`,
  { hash: '738dd73afbebfe5332463e8751e229e53f7aed123be195e41ac623d44c8e452e' },
) as unknown as TypedDocumentString<
  MyBoundarySpannerProfileQuery,
  MyBoundarySpannerProfileQueryVariables
>;
export const SetBoundarySpannerVisibilityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SetBoundarySpannerVisibility($input: SetBoundarySpannerVisibilityInput!) {
  setBoundarySpannerVisibility(input: $input)
}
    `,
  { hash: 'af89dc7e9433340c007248038d3103821d8f1de590fff188cdfc0de75cd8f6af' },
) as unknown as TypedDocumentString<
  SetBoundarySpannerVisibilityMutation,
  SetBoundarySpannerVisibilityMutationVariables
>;
export const BoundarySpannerStylesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query BoundarySpannerStyles($locale: String!) {
  boundarySpannerStyles(locale: $locale) {
    style
    name
    brings
  }
}
    `,
  { hash: '2ec46badabc33feec64dc92ec31db7a5c5d0c7a6238873cd7735dd38227ad737' },
) as unknown as TypedDocumentString<
  BoundarySpannerStylesQuery,
  BoundarySpannerStylesQueryVariables
>;
export const BoundarySpannerStyleDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query BoundarySpannerStyle($style: BoundarySpannerStyle!, $locale: String!) {
  boundarySpannerStyle(style: $style, locale: $locale) {
    style
    name
    brings
    qualities
    pitfalls
    workingWith
    complements
  }
  boundarySpannerStyles(locale: $locale) {
    style
    name
  }
}
    `,
  { hash: '4adc9fb75ff4a1573e03cd9c297b56fa1ec6b98beefab114c10d9a3cfafb7b0a' },
) as unknown as TypedDocumentString<BoundarySpannerStyleQuery, BoundarySpannerStyleQueryVariables>;
export const CommunityTeamProfileDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityTeamProfile($id: ID!, $locale: String!) {
  community(id: $id) {
    id
    teamProfile {
      memberCount
      profileCount
      withoutVisibleProfile
      dominantStyles
      styles {
        style
        averageScore
        preferredBy
      }
    }
  }
  boundarySpannerStyles(locale: $locale) {
    style
    name
  }
}
    `,
  { hash: '2265dcb750451a0e1045fadf764b9b59541c79e8618691c7b4ab9b87db0cafce' },
) as unknown as TypedDocumentString<CommunityTeamProfileQuery, CommunityTeamProfileQueryVariables>;
export const MyCoffeeDateDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyCoffeeDate {
  myCoffeeDate {
    ...CoffeeDateStatusParts
  }
  myBoundarySpannerProfile {
    takenAt
  }
  myCoffeeDateBlocks {
    id
    name
  }
  myCoffeeDateMatches {
    id
    roundPeriod
    roundKind
    roundState
    kind
    slotStartsAt
    dissolved
    response
    met
    rating
    nextStep
    partners {
      id
      name
      organisation {
        id
        name
      }
    }
  }
}
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}`,
  { hash: 'ffd4cea2f7f5732852f15b36f8b4736fec5770335f77659299de80112bb01cb7' },
) as unknown as TypedDocumentString<MyCoffeeDateQuery, MyCoffeeDateQueryVariables>;
export const OptInToCoffeeDatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation OptInToCoffeeDates($input: OptInToCoffeeDatesInput!) {
  optInToCoffeeDates(input: $input) {
    ...CoffeeDateStatusParts
  }
}
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}`,
  { hash: '4265cb8c91233af2093476e0ff1a5b3f5cb6898b0e04311eac7cfc76b236f896' },
) as unknown as TypedDocumentString<
  OptInToCoffeeDatesMutation,
  OptInToCoffeeDatesMutationVariables
>;
export const OptOutOfCoffeeDatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation OptOutOfCoffeeDates {
  optOutOfCoffeeDates {
    ...CoffeeDateStatusParts
  }
}
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}`,
  { hash: 'a487a6b6e12685f49486bd52251ecdc80f3a3067ab767531a2ab9a99c49b12f7' },
) as unknown as TypedDocumentString<
  OptOutOfCoffeeDatesMutation,
  OptOutOfCoffeeDatesMutationVariables
>;
export const PauseCoffeeDatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation PauseCoffeeDates($input: PauseCoffeeDatesInput!) {
  pauseCoffeeDates(input: $input) {
    ...CoffeeDateStatusParts
  }
}
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}`,
  { hash: 'bf16d8efb7be675c8ece4327e89e2fbf58e7f6d7173a385c564fb1569cc6c44a' },
) as unknown as TypedDocumentString<PauseCoffeeDatesMutation, PauseCoffeeDatesMutationVariables>;
export const ResumeCoffeeDatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ResumeCoffeeDates {
  resumeCoffeeDates {
    ...CoffeeDateStatusParts
  }
}
    fragment CoffeeDateStatusParts on CoffeeDateStatus {
  everyMonth
  nextRound
  paused
  pausedUntil
  unsubscribed
  joinedOpenRound
  repeatWindowMonths
  openRound {
    id
    period
    signupDeadline
  }
}`,
  { hash: '12082f62b4904b2b5152e2fa43f8c4b7994a026457e564576f14e387015e0895' },
) as unknown as TypedDocumentString<ResumeCoffeeDatesMutation, ResumeCoffeeDatesMutationVariables>;
export const CoffeeDateMemberSearchDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CoffeeDateMemberSearch($search: String!) {
  members(search: $search, first: 10) {
    edges {
      node {
        id
        name
        isViewer
      }
    }
  }
}
    `,
  { hash: '1d6cac12403d2a9183aa800763a927b55c16713c3a02fc28d0f6048697b4902e' },
) as unknown as TypedDocumentString<
  CoffeeDateMemberSearchQuery,
  CoffeeDateMemberSearchQueryVariables
>;
export const BlockCoffeeDateMemberDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation BlockCoffeeDateMember($input: CoffeeDateMemberInput!) {
  blockCoffeeDateMember(input: $input) {
    id
    name
  }
}
    `,
  { hash: 'fd8f323eb34723859cb522ebd634602f3c1565543fb2c5ab28fd5c3eb18a57f8' },
) as unknown as TypedDocumentString<
  BlockCoffeeDateMemberMutation,
  BlockCoffeeDateMemberMutationVariables
>;
export const UnblockCoffeeDateMemberDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UnblockCoffeeDateMember($input: CoffeeDateMemberInput!) {
  unblockCoffeeDateMember(input: $input) {
    id
    name
  }
}
    `,
  { hash: '476ece5b6c7423048cee62728abb3ab4179a7530e221c4674bedf4aaf293a0d1' },
) as unknown as TypedDocumentString<
  UnblockCoffeeDateMemberMutation,
  UnblockCoffeeDateMemberMutationVariables
>;
export const RecordCoffeeDateFeedbackDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RecordCoffeeDateFeedback($input: CoffeeDateFeedbackInput!) {
  recordCoffeeDateFeedback(input: $input)
}
    `,
  { hash: '2061ff502b87b3fb5f11e4880d154e63dc3a81e11472ecbac02613da062de3a8' },
) as unknown as TypedDocumentString<
  RecordCoffeeDateFeedbackMutation,
  RecordCoffeeDateFeedbackMutationVariables
>;
export const CoffeeDateRoundsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CoffeeDateRounds {
  coffeeDateRounds(first: 24) {
    nodes {
      id
      kind
      period
      state
      meetOn
      participantCount
    }
  }
}
    `,
  { hash: 'b8ae06a83805eb61d724f3a14cabbdf25d51555a637323ccb3bd83d1c4bb46ed' },
) as unknown as TypedDocumentString<CoffeeDateRoundsQuery, CoffeeDateRoundsQueryVariables>;
export const CoffeeDateRoundDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CoffeeDateRound($id: ID!) {
  coffeeDateRound(id: $id) {
    ...CoffeeDateRoundParts
  }
}
    fragment CoffeeDateRoundParts on CoffeeDateRound {
  id
  kind
  period
  state
  opensAt
  repeatWindowMonths
  signupDeadline
  closesAt
  meetOn
  stats {
    participants
    matched
    pairs
    trios
    groups
    unmatched
    unmatchedReasons {
      reason
      count
    }
    crossMinistryRate
    styleMix {
      style
      count
    }
    withoutProfile
    reportedMeetings
    ratings
    averageRating
    declined
  }
}`,
  { hash: '4227d4aa1fad80c04463c330dbaefba2ba4195c09d07d8e059cc3497ac12866b' },
) as unknown as TypedDocumentString<CoffeeDateRoundQuery, CoffeeDateRoundQueryVariables>;
export const CoffeeDateRoundPreviewDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CoffeeDateRoundPreview($input: CoffeeDateRoundInput!) {
  coffeeDateRoundPreview(input: $input) {
    participants
    objective
    violations
    stored
    groups {
      kind
      score
      reasons
      members {
        id
        name
      }
    }
    unmatched {
      reason
      message
      member {
        id
        name
      }
    }
  }
}
    `,
  { hash: '5258943212fe59d44280766a0a4c2d027a5e4c22a3cfa8e106c6153b6b9ce089' },
) as unknown as TypedDocumentString<
  CoffeeDateRoundPreviewQuery,
  CoffeeDateRoundPreviewQueryVariables
>;
export const OpenCoffeeDateRoundDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation OpenCoffeeDateRound {
  openCoffeeDateRound {
    ...CoffeeDateRoundParts
  }
}
    fragment CoffeeDateRoundParts on CoffeeDateRound {
  id
  kind
  period
  state
  opensAt
  repeatWindowMonths
  signupDeadline
  closesAt
  meetOn
  stats {
    participants
    matched
    pairs
    trios
    groups
    unmatched
    unmatchedReasons {
      reason
      count
    }
    crossMinistryRate
    styleMix {
      style
      count
    }
    withoutProfile
    reportedMeetings
    ratings
    averageRating
    declined
  }
}`,
  { hash: '2ad54dd213d577888176075e6fd71e60135c536f44a0609710828b4a2b5cd81b' },
) as unknown as TypedDocumentString<
  OpenCoffeeDateRoundMutation,
  OpenCoffeeDateRoundMutationVariables
>;
export const MatchCoffeeDateRoundDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation MatchCoffeeDateRound($input: CoffeeDateRoundInput!) {
  matchCoffeeDateRound(input: $input) {
    ...CoffeeDateRoundParts
  }
}
    fragment CoffeeDateRoundParts on CoffeeDateRound {
  id
  kind
  period
  state
  opensAt
  repeatWindowMonths
  signupDeadline
  closesAt
  meetOn
  stats {
    participants
    matched
    pairs
    trios
    groups
    unmatched
    unmatchedReasons {
      reason
      count
    }
    crossMinistryRate
    styleMix {
      style
      count
    }
    withoutProfile
    reportedMeetings
    ratings
    averageRating
    declined
  }
}`,
  { hash: '21aa7ae035c41cecec14a7aa348e1d3eaf601919b206cae0a1717a81c10cc495' },
) as unknown as TypedDocumentString<
  MatchCoffeeDateRoundMutation,
  MatchCoffeeDateRoundMutationVariables
>;
export const CloseCoffeeDateRoundDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CloseCoffeeDateRound($input: CoffeeDateRoundInput!) {
  closeCoffeeDateRound(input: $input) {
    ...CoffeeDateRoundParts
  }
}
    fragment CoffeeDateRoundParts on CoffeeDateRound {
  id
  kind
  period
  state
  opensAt
  repeatWindowMonths
  signupDeadline
  closesAt
  meetOn
  stats {
    participants
    matched
    pairs
    trios
    groups
    unmatched
    unmatchedReasons {
      reason
      count
    }
    crossMinistryRate
    styleMix {
      style
      count
    }
    withoutProfile
    reportedMeetings
    ratings
    averageRating
    declined
  }
}`,
  { hash: '9b7f4c1c681c50d3658094d94bda52c87f875f05e7fbcbe8f3290a0cc0d69a84' },
) as unknown as TypedDocumentString<
  CloseCoffeeDateRoundMutation,
  CloseCoffeeDateRoundMutationVariables
>;
export const RequestTeamCoffeeDateDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestTeamCoffeeDate($input: RequestTeamCoffeeDateInput!) {
  requestTeamCoffeeDate(input: $input) {
    id
    meetOn
    state
  }
}
    `,
  { hash: '5beb25195ea7bde2d99e25b4c69ea7539fc16b94206cc1eb7b2512e4b0d7128f' },
) as unknown as TypedDocumentString<
  RequestTeamCoffeeDateMutation,
  RequestTeamCoffeeDateMutationVariables
>;
export const MyErasureBlockersDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyErasureBlockers {
  myErasureBlockers {
    kind
    id
    name
  }
}
    `,
  { hash: '889a130f78863902bf5178e6c9400d240567b49b219ad316f6f922abfef59381' },
) as unknown as TypedDocumentString<MyErasureBlockersQuery, MyErasureBlockersQueryVariables>;
export const RequestDataExportDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestDataExport {
  requestDataExport {
    accepted
    expiresAt
  }
}
    `,
  { hash: '23a0157bf44192aa672a57b8673c9ee5af20a747727a9fcc8c8ea71cfcce0b76' },
) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const RequestAccountErasureDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestAccountErasure($input: RequestAccountErasureInput) {
  requestAccountErasure(input: $input) {
    accepted
    expiresAt
  }
}
    `,
  { hash: '52b1e7f342197bddfcdd360525d03d056b98a8477356e7d1a5917bb40fdb7ceb' },
) as unknown as TypedDocumentString<
  RequestAccountErasureMutation,
  RequestAccountErasureMutationVariables
>;
export const DiscussionThreadsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query DiscussionThreads($communityId: ID!, $first: Int!, $after: String) {
  discussionThreads(communityId: $communityId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DiscussionThreadRow
    }
  }
}
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}
fragment DiscussionThreadRow on DiscussionThread {
  id
  title
  pinned
  locked
  hidden
  deleted
  replyCount
  createdAt
  lastActivityAt
  author {
    ...DiscussionAuthor
  }
}`,
  { hash: 'b3462c3782cd29d97b103d3c4da99c0babce3e6361779920ab8dac0b362a8571' },
) as unknown as TypedDocumentString<DiscussionThreadsQuery, DiscussionThreadsQueryVariables>;
export const DiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query DiscussionThread($id: ID!, $first: Int!, $after: String) {
  discussionThread(id: $id) {
    ...DiscussionThreadRow
    body
    bodyHtml
    editedAt
    viewerCanEdit
    viewerCanModerate
    community {
      id
      slug
      name
    }
    replies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DiscussionReplyItem
      }
    }
  }
}
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}
fragment DiscussionThreadRow on DiscussionThread {
  id
  title
  pinned
  locked
  hidden
  deleted
  replyCount
  createdAt
  lastActivityAt
  author {
    ...DiscussionAuthor
  }
}
fragment DiscussionReplyItem on DiscussionReply {
  id
  threadId
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  viewerCanEdit
  author {
    ...DiscussionAuthor
  }
}`,
  { hash: '8c30933b2068fcc948a65f1be7aa8b3ec1c9e02b06670e8834dc3304ddfbf6e5' },
) as unknown as TypedDocumentString<DiscussionThreadQuery, DiscussionThreadQueryVariables>;
export const DiscussionModerationCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query DiscussionModerationCommunity($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    viewerMembership {
      role
      status
    }
  }
}
    `,
  { hash: '1ffe2c996a05844aba524bd28e362a53059dfd394afd15c337cc536621fb1206' },
) as unknown as TypedDocumentString<
  DiscussionModerationCommunityQuery,
  DiscussionModerationCommunityQueryVariables
>;
export const DiscussionModerationQueueDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query DiscussionModerationQueue($communityId: ID!, $first: Int!, $after: String) {
  discussionModerationQueue(
    communityId: $communityId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      reason
      createdAt
      reporter {
        ...DiscussionAuthor
      }
      thread {
        id
        title
        bodyHtml
        hidden
        author {
          ...DiscussionAuthor
        }
      }
      reply {
        id
        bodyHtml
        hidden
        author {
          ...DiscussionAuthor
        }
      }
    }
  }
}
    fragment DiscussionAuthor on Member {
  id
  name
  isViewer
}`,
  { hash: 'db70a6fe2c9deb5fa7c33e5c254f95459dbb2db1b560a5aa915826371d17dbc3' },
) as unknown as TypedDocumentString<
  DiscussionModerationQueueQuery,
  DiscussionModerationQueueQueryVariables
>;
export const StartDiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation StartDiscussionThread($input: StartDiscussionThreadInput!) {
  startDiscussionThread(input: $input) {
    id
  }
}
    `,
  { hash: '0c3fc89c69d10e87b2997ebf7ed813dc1293218b768124796087444a9d800eee' },
) as unknown as TypedDocumentString<
  StartDiscussionThreadMutation,
  StartDiscussionThreadMutationVariables
>;
export const EditDiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation EditDiscussionThread($input: EditDiscussionThreadInput!) {
  editDiscussionThread(input: $input) {
    id
  }
}
    `,
  { hash: 'e7aee7e4f655f2b4a8094deee9da3fc43a37beb379398957c42a958c7ad32e42' },
) as unknown as TypedDocumentString<
  EditDiscussionThreadMutation,
  EditDiscussionThreadMutationVariables
>;
export const DeleteDiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DeleteDiscussionThread($input: DiscussionThreadRefInput!) {
  deleteDiscussionThread(input: $input) {
    id
  }
}
    `,
  { hash: '9ea8d05c0a545a3bdabe71cd42a8ae8f97828c2b470e7d5247ba92edd02e6114' },
) as unknown as TypedDocumentString<
  DeleteDiscussionThreadMutation,
  DeleteDiscussionThreadMutationVariables
>;
export const ReplyToDiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ReplyToDiscussionThread($input: ReplyToDiscussionThreadInput!) {
  replyToDiscussionThread(input: $input) {
    id
  }
}
    `,
  { hash: '1b3c0af4b974783fb364d669203d31536ad37ffeaa1c4a202aed26d052e69be3' },
) as unknown as TypedDocumentString<
  ReplyToDiscussionThreadMutation,
  ReplyToDiscussionThreadMutationVariables
>;
export const EditDiscussionReplyDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation EditDiscussionReply($input: EditDiscussionReplyInput!) {
  editDiscussionReply(input: $input) {
    id
  }
}
    `,
  { hash: 'e13579db3226292bdc145002802d2711b1d381a9d2414696bd94450eefb089a0' },
) as unknown as TypedDocumentString<
  EditDiscussionReplyMutation,
  EditDiscussionReplyMutationVariables
>;
export const DeleteDiscussionReplyDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DeleteDiscussionReply($input: DiscussionReplyRefInput!) {
  deleteDiscussionReply(input: $input) {
    id
  }
}
    `,
  { hash: '6f600df86468ae17e1cdbba38578fa56dd7200a1674a6b8195f367f216e5ffde' },
) as unknown as TypedDocumentString<
  DeleteDiscussionReplyMutation,
  DeleteDiscussionReplyMutationVariables
>;
export const ModerateDiscussionThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ModerateDiscussionThread($input: ModerateDiscussionThreadInput!) {
  moderateDiscussionThread(input: $input) {
    id
  }
}
    `,
  { hash: '1488f8a7324c3d63106334f199b1ebbbbd136d2518d578a2c89a43fbacf8c6b1' },
) as unknown as TypedDocumentString<
  ModerateDiscussionThreadMutation,
  ModerateDiscussionThreadMutationVariables
>;
export const SetDiscussionPostHiddenDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SetDiscussionPostHidden($input: SetDiscussionPostHiddenInput!) {
  setDiscussionPostHidden(input: $input) {
    thread {
      id
    }
  }
}
    `,
  { hash: '1bc261b5c9dd1365d5e705e05e2880836f0b0b4ba58e69d096a2554406072cfd' },
) as unknown as TypedDocumentString<
  SetDiscussionPostHiddenMutation,
  SetDiscussionPostHiddenMutationVariables
>;
export const ReportDiscussionPostDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ReportDiscussionPost($input: ReportDiscussionPostInput!) {
  reportDiscussionPost(input: $input) {
    id
  }
}
    `,
  { hash: '74a3bc20815b602f06ba69d2d3cf60bd229c23e6c62627033908a26967abaff4' },
) as unknown as TypedDocumentString<
  ReportDiscussionPostMutation,
  ReportDiscussionPostMutationVariables
>;
export const ResolveDiscussionReportDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ResolveDiscussionReport($input: ResolveDiscussionReportInput!) {
  resolveDiscussionReport(input: $input) {
    id
    status
  }
}
    `,
  { hash: '5c1f906ac65fd1741cffdf8f89e5e52dfeb1135b5c19ac8277d2fad5f9b8f7f1' },
) as unknown as TypedDocumentString<
  ResolveDiscussionReportMutation,
  ResolveDiscussionReportMutationVariables
>;
export const MentionCandidatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MentionCandidates($threadId: ID, $communityId: ID, $search: String!, $first: Int!) {
  mentionCandidates(
    threadId: $threadId
    communityId: $communityId
    search: $search
    first: $first
  ) {
    id
    name
    jobRole
  }
}
    `,
  { hash: '3d69316739251d3c0c44d7161cca13ffd55b9b7331e6417f908fc1f4b8f47aa6' },
) as unknown as TypedDocumentString<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const EmailDeliveryStatusDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query EmailDeliveryStatus {
  emailDeliveryStatus {
    address
    suppressed
    since
    reason
  }
}
    `,
  { hash: '0328743e86499f3592459c23daa41adf6b3125addd818f3e8f5e1e7a7d9029d5' },
) as unknown as TypedDocumentString<EmailDeliveryStatusQuery, EmailDeliveryStatusQueryVariables>;
export const RequestEmailConfirmationDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestEmailConfirmation {
  requestEmailConfirmation {
    accepted
    expiresInHours
  }
}
    `,
  { hash: '4c4f4694349437c3af134a8d4227411154564ce44cf06bb7b43adcf8a83bf07a' },
) as unknown as TypedDocumentString<
  RequestEmailConfirmationMutation,
  RequestEmailConfirmationMutationVariables
>;
export const ConfirmEmailAddressDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ConfirmEmailAddress($input: ConfirmEmailAddressInput!) {
  confirmEmailAddress(input: $input) {
    confirmed
    address
  }
}
    `,
  { hash: 'efe511ba4c7d0e1ba148bfebe0c04bb471876bb1560621c82fecef1c7b05d8dd' },
) as unknown as TypedDocumentString<
  ConfirmEmailAddressMutation,
  ConfirmEmailAddressMutationVariables
>;
export const CommunityHarvestDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityHarvest($communityId: ID!, $first: Int!) {
  harvest(communityId: $communityId, first: $first) {
    totalCount
    nodes {
      ...HarvestLessonItem
    }
  }
}
    fragment HarvestLessonItem on Lesson {
  id
  title
  description
  type
  audience
  occurredOn
  createdAt
  viewerCanEdit
  author {
    id
    name
  }
  contributors {
    id
    name
  }
}`,
  { hash: 'a78d51934001540fa92375c7bd3c8a93ee0abfec9bda4a83a87aba4cabefc956' },
) as unknown as TypedDocumentString<CommunityHarvestQuery, CommunityHarvestQueryVariables>;
export const HarvestLessonDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation HarvestLesson($input: HarvestLessonInput!) {
  harvestLesson(input: $input) {
    ...HarvestLessonItem
  }
}
    fragment HarvestLessonItem on Lesson {
  id
  title
  description
  type
  audience
  occurredOn
  createdAt
  viewerCanEdit
  author {
    id
    name
  }
  contributors {
    id
    name
  }
}`,
  { hash: '337cc97614a88117848cc4978543bc67048b2913a7cbb4c985cb4a57ace8bfc1' },
) as unknown as TypedDocumentString<HarvestLessonMutation, HarvestLessonMutationVariables>;
export const UpdateLessonDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateLesson($input: UpdateLessonInput!) {
  updateLesson(input: $input) {
    ...HarvestLessonItem
  }
}
    fragment HarvestLessonItem on Lesson {
  id
  title
  description
  type
  audience
  occurredOn
  createdAt
  viewerCanEdit
  author {
    id
    name
  }
  contributors {
    id
    name
  }
}`,
  { hash: '902649922b795f7643dbc37265c601252d15871e10ecdf4c54e86a0e8b175de0' },
) as unknown as TypedDocumentString<UpdateLessonMutation, UpdateLessonMutationVariables>;
export const DeleteLessonDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DeleteLesson($input: LessonRefInput!) {
  deleteLesson(input: $input)
}
    `,
  { hash: '4126ccb103fe86b40d08f283d892f51a8320c36ac00693e3e36996f20de93e2b' },
) as unknown as TypedDocumentString<DeleteLessonMutation, DeleteLessonMutationVariables>;
export const MyIntervisionGroupsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyIntervisionGroups {
  myIntervisionGroups {
    ...IntervisionGroupRow
  }
}
    fragment IntervisionGroupRow on IntervisionGroup {
  id
  name
  context
  memberCount
  viewerMembership {
    role
    status
  }
}`,
  { hash: 'ca248031904bba4a5873b7688ff8fd4d81d70c553d297ed3f929028a399ab3b0' },
) as unknown as TypedDocumentString<MyIntervisionGroupsQuery, MyIntervisionGroupsQueryVariables>;
export const CommunityIntervisionGroupsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityIntervisionGroups($communityId: ID!) {
  intervisionGroups(communityId: $communityId) {
    ...IntervisionGroupRow
  }
}
    fragment IntervisionGroupRow on IntervisionGroup {
  id
  name
  context
  memberCount
  viewerMembership {
    role
    status
  }
}`,
  { hash: '2477e818d01cb17bbd8cd26d64741cf6de183b5a793a701f4feab532ba386344' },
) as unknown as TypedDocumentString<
  CommunityIntervisionGroupsQuery,
  CommunityIntervisionGroupsQueryVariables
>;
export const LearningGroupIntervisionGroupsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupIntervisionGroups($learningGroupId: ID!) {
  intervisionGroups(learningGroupId: $learningGroupId) {
    ...IntervisionGroupRow
  }
}
    fragment IntervisionGroupRow on IntervisionGroup {
  id
  name
  context
  memberCount
  viewerMembership {
    role
    status
  }
}`,
  { hash: '8c19aecfbf08becbabc189e243bc9f5cc9b56cfa328aa16f57abf918a91724cb' },
) as unknown as TypedDocumentString<
  LearningGroupIntervisionGroupsQuery,
  LearningGroupIntervisionGroupsQueryVariables
>;
export const IntervisionGroupPageDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query IntervisionGroupPage($id: ID!) {
  intervisionGroup(id: $id) {
    ...IntervisionGroupRow
    description
    learningGroupId
    learningGroupName
    confidentialityText
    confidentialityVersion
    followUpDays
    community {
      id
      slug
      name
    }
    viewerMembership {
      role
      status
      agreementVersion
      agreementAcceptedAt
      member {
        id
      }
    }
    members {
      role
      status
      agreementAcceptedAt
      member {
        id
        name
      }
    }
    cases {
      id
      title
      state
      currentPhaseIndex
      phaseCount
      createdAt
      expectedOfViewer {
        task
      }
    }
  }
}
    fragment IntervisionGroupRow on IntervisionGroup {
  id
  name
  context
  memberCount
  viewerMembership {
    role
    status
  }
}`,
  { hash: '539488ed1c38fc2829133cff7ad6d97295be5eb452212ff6877f005ee52abaed' },
) as unknown as TypedDocumentString<IntervisionGroupPageQuery, IntervisionGroupPageQueryVariables>;
export const IntervisionCasePageDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query IntervisionCasePage($id: ID!) {
  intervisionCase(id: $id) {
    id
    state
    title
    situationWhat
    situationWho
    situationWhere
    situationWhen
    tried
    question
    reflection
    nextStep
    lessons
    shareConsent
    sharedScope
    followUpAskedAt
    followUpAnswer
    currentPhaseIndex
    phaseCount
    methodNameNl
    methodNameEn
    viewerRoles
    owner {
      id
      name
    }
    group {
      id
      name
      community {
        id
      }
      methods {
        id
        nameNl
        nameEn
        adapted
      }
    }
    expectedOfViewer {
      task
      allowedKinds
      phaseIndex
      deadline
    }
    phases {
      index
      key
      titleNl
      titleEn
      instructionNl
      instructionEn
      status
      openedAt
      deadline
      autoAdvance
      closedAt
      contributions {
        ...IntervisionContributionItem
      }
    }
  }
}
    fragment IntervisionContributionItem on IntervisionContribution {
  id
  kind
  body
  authorRole
  createdAt
  editedAt
  viewerCanEdit
  author {
    id
    name
  }
}`,
  { hash: '39e591cec791feb8d40adb9cca97980ddcb1ebda6e712457c82669df0f526ca2' },
) as unknown as TypedDocumentString<IntervisionCasePageQuery, IntervisionCasePageQueryVariables>;
export const CreateIntervisionGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CreateIntervisionGroup($input: CreateIntervisionGroupInput!) {
  createIntervisionGroup(input: $input) {
    id
  }
}
    `,
  { hash: '3a7d215a7232e656b8cf37cb694fe72001142ea6e31ee494909612559a81e01a' },
) as unknown as TypedDocumentString<
  CreateIntervisionGroupMutation,
  CreateIntervisionGroupMutationVariables
>;
export const AcceptIntervisionAgreementDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AcceptIntervisionAgreement($input: AcceptIntervisionAgreementInput!) {
  acceptIntervisionAgreement(input: $input) {
    id
  }
}
    `,
  { hash: '8143b5831eaac8d610dc41f4b3fad845390050c3176892b305a0e6b2cf921d8a' },
) as unknown as TypedDocumentString<
  AcceptIntervisionAgreementMutation,
  AcceptIntervisionAgreementMutationVariables
>;
export const LeaveIntervisionGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation LeaveIntervisionGroup($input: IntervisionGroupRefInput!) {
  leaveIntervisionGroup(input: $input)
}
    `,
  { hash: '593e462704615af9a30d024451af0a337f7908d1d4bbe041ece01e3f8f0d72dc' },
) as unknown as TypedDocumentString<
  LeaveIntervisionGroupMutation,
  LeaveIntervisionGroupMutationVariables
>;
export const DraftIntervisionCaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DraftIntervisionCase($input: DraftIntervisionCaseInput!) {
  draftIntervisionCase(input: $input) {
    id
  }
}
    `,
  { hash: '057aa2e8b3bad5908d13405fd5a9608e75917c565fd6ee464450878f6374b667' },
) as unknown as TypedDocumentString<
  DraftIntervisionCaseMutation,
  DraftIntervisionCaseMutationVariables
>;
export const AcceptIntervisionCaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AcceptIntervisionCase($input: AcceptIntervisionCaseInput!) {
  acceptIntervisionCase(input: $input) {
    id
  }
}
    `,
  { hash: '39a8bf40bebe1c132c96f7b8d35d9160cf0c24845579a7e0a53c56624c6d9ba9' },
) as unknown as TypedDocumentString<
  AcceptIntervisionCaseMutation,
  AcceptIntervisionCaseMutationVariables
>;
export const AdvanceIntervisionPhaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AdvanceIntervisionPhase($input: IntervisionPhaseActionInput!) {
  advanceIntervisionPhase(input: $input) {
    id
  }
}
    `,
  { hash: 'f9e22b753b77f3a7911514d9556659dda1ecfebd5d4bea4cf9ecb8ef785f292d' },
) as unknown as TypedDocumentString<
  AdvanceIntervisionPhaseMutation,
  AdvanceIntervisionPhaseMutationVariables
>;
export const OpenIntervisionPhaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation OpenIntervisionPhase($input: IntervisionPhaseActionInput!) {
  openIntervisionPhase(input: $input) {
    id
  }
}
    `,
  { hash: 'b4107929610d562c5317659c7cb98b8deea29c18524f37f7df86e10ebabfaa52' },
) as unknown as TypedDocumentString<
  OpenIntervisionPhaseMutation,
  OpenIntervisionPhaseMutationVariables
>;
export const CloseIntervisionPhaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CloseIntervisionPhase($input: IntervisionCaseRefInput!) {
  closeIntervisionPhase(input: $input) {
    id
  }
}
    `,
  { hash: 'accef254eb5604e753c6851a4a8ab32511e615b213faa87e4e852a153bc738c6' },
) as unknown as TypedDocumentString<
  CloseIntervisionPhaseMutation,
  CloseIntervisionPhaseMutationVariables
>;
export const ExtendIntervisionPhaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ExtendIntervisionPhase($input: ExtendIntervisionPhaseInput!) {
  extendIntervisionPhase(input: $input) {
    id
  }
}
    `,
  { hash: '903790e958f1f45e60155759862ecab0e951d848a5108242bb7e30955061ad75' },
) as unknown as TypedDocumentString<
  ExtendIntervisionPhaseMutation,
  ExtendIntervisionPhaseMutationVariables
>;
export const ContributeToIntervisionCaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ContributeToIntervisionCase($input: ContributeToIntervisionCaseInput!) {
  contributeToIntervisionCase(input: $input) {
    id
  }
}
    `,
  { hash: 'caee765cd286d020ef152dcdd32b252e9efa82f533d79b7ee67de0ebd0d9c4a3' },
) as unknown as TypedDocumentString<
  ContributeToIntervisionCaseMutation,
  ContributeToIntervisionCaseMutationVariables
>;
export const SubmitIntervisionReflectionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SubmitIntervisionReflection($input: SubmitIntervisionReflectionInput!) {
  submitIntervisionReflection(input: $input) {
    id
  }
}
    `,
  { hash: 'be6e05cf01721d6a4ff39d2974b86babd3c6b2bf4e7b37552181f84a2089b7a3' },
) as unknown as TypedDocumentString<
  SubmitIntervisionReflectionMutation,
  SubmitIntervisionReflectionMutationVariables
>;
export const CloseIntervisionCaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CloseIntervisionCase($input: CloseIntervisionCaseInput!) {
  closeIntervisionCase(input: $input) {
    id
  }
}
    `,
  { hash: 'e85268bb0cc091374fe83e8fc9d0135f9fbf5dd0c2d2b277b8cc2aaef155bb60' },
) as unknown as TypedDocumentString<
  CloseIntervisionCaseMutation,
  CloseIntervisionCaseMutationVariables
>;
export const ConsentToIntervisionLessonSharingDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ConsentToIntervisionLessonSharing($input: IntervisionLessonSharingInput!) {
  consentToIntervisionLessonSharing(input: $input) {
    id
  }
}
    `,
  { hash: '852dec4943df54e2ff0c45361a66b6824704e2355e3f107eaac258a1a74e182d' },
) as unknown as TypedDocumentString<
  ConsentToIntervisionLessonSharingMutation,
  ConsentToIntervisionLessonSharingMutationVariables
>;
export const ShareIntervisionLessonsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ShareIntervisionLessons($input: IntervisionLessonSharingInput!) {
  shareIntervisionLessons(input: $input) {
    id
  }
}
    `,
  { hash: '93ec1a4b4fd83bfd5c5da3b65f10b19c55f72df6148d1e4960b4f9017c82614d' },
) as unknown as TypedDocumentString<
  ShareIntervisionLessonsMutation,
  ShareIntervisionLessonsMutationVariables
>;
export const AnswerIntervisionFollowUpDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AnswerIntervisionFollowUp($input: AnswerIntervisionFollowUpInput!) {
  answerIntervisionFollowUp(input: $input) {
    id
  }
}
    `,
  { hash: '794595a85cf39058bb0c46288b8a478be7e228fec4d4ac3173a1d8d2b0f429a8' },
) as unknown as TypedDocumentString<
  AnswerIntervisionFollowUpMutation,
  AnswerIntervisionFollowUpMutationVariables
>;
export const IntervisionMemberSearchDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query IntervisionMemberSearch($search: String!) {
  members(search: $search, first: 10) {
    nodes {
      id
      name
      organisation {
        id
        abbreviation
        name
      }
    }
  }
}
    `,
  { hash: '93a2e49f20f802b7affb89b1e045832475f9820768e01bad005b09b0f590d968' },
) as unknown as TypedDocumentString<
  IntervisionMemberSearchQuery,
  IntervisionMemberSearchQueryVariables
>;
export const RemoveFromIntervisionGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RemoveFromIntervisionGroup($input: RemoveFromIntervisionGroupInput!) {
  removeFromIntervisionGroup(input: $input)
}
    `,
  { hash: 'bb0d16f1b6c51006111bf9c7f2905fd5122c839fc5175c94511fa924ea07541d' },
) as unknown as TypedDocumentString<
  RemoveFromIntervisionGroupMutation,
  RemoveFromIntervisionGroupMutationVariables
>;
export const InviteToIntervisionGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation InviteToIntervisionGroup($input: InviteToIntervisionGroupInput!) {
  inviteToIntervisionGroup(input: $input) {
    status
  }
}
    `,
  { hash: 'e0bd22fa2a4ab5b21c2ce7d68e3f9289c6ab96bfc89e75e135ff0071aa78d7e2' },
) as unknown as TypedDocumentString<
  InviteToIntervisionGroupMutation,
  InviteToIntervisionGroupMutationVariables
>;
export const EditIntervisionContributionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation EditIntervisionContribution($input: EditIntervisionContributionInput!) {
  editIntervisionContribution(input: $input) {
    id
  }
}
    `,
  { hash: '2246ee0841d781966e493000c708365c1228b8b1f7b5630f47b26f4113a6f517' },
) as unknown as TypedDocumentString<
  EditIntervisionContributionMutation,
  EditIntervisionContributionMutationVariables
>;
export const PeerIntroductionsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query PeerIntroductions {
  myPeerIntroductions {
    ...PeerIntroductionItem
  }
  myProgrammes {
    id
    name
  }
}
    fragment PeerIntroductionItem on PeerIntroduction {
  id
  status
  createdAt
  viewerIsRequester
  requester {
    id
    name
  }
  peer {
    id
    name
  }
  proposals {
    rank
    peer {
      id
      name
    }
    reasons {
      code
      themes
    }
  }
}`,
  { hash: 'ba9ad16bfa871734638608cd586526b4a41eda2a2bc74bba8d985f0269f3cc69' },
) as unknown as TypedDocumentString<PeerIntroductionsQuery, PeerIntroductionsQueryVariables>;
export const RequestPeerIntroductionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestPeerIntroduction($input: RequestPeerIntroductionInput!) {
  requestPeerIntroduction(input: $input) {
    id
  }
}
    `,
  { hash: 'dca511039bf9a11f82bf248f2ac0c40be2c1e58a55905bf92d9ea687679ece08' },
) as unknown as TypedDocumentString<
  RequestPeerIntroductionMutation,
  RequestPeerIntroductionMutationVariables
>;
export const PickPeerForIntroductionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation PickPeerForIntroduction($input: PickPeerInput!) {
  pickPeerForIntroduction(input: $input) {
    id
  }
}
    `,
  { hash: 'f2e909d8851ec3d36398c2c084f706da14efe617f97b07bdd842d47198576e70' },
) as unknown as TypedDocumentString<
  PickPeerForIntroductionMutation,
  PickPeerForIntroductionMutationVariables
>;
export const AnswerPeerIntroductionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AnswerPeerIntroduction($input: AnswerPeerIntroductionInput!) {
  answerPeerIntroduction(input: $input) {
    id
  }
}
    `,
  { hash: 'f640cf382b9eda71cb1db72bb45d52f6a0e50f9b2fd6ccee9c44523843137496' },
) as unknown as TypedDocumentString<
  AnswerPeerIntroductionMutation,
  AnswerPeerIntroductionMutationVariables
>;
export const LearningGroupsOverviewDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupsOverview {
  learningGroups(first: 100) {
    nodes {
      ...LearningGroupParts
    }
  }
  myProgrammes {
    ...ProgrammeParts
  }
  organisations(type: MINISTRY, first: 100) {
    nodes {
      id
      name
      abbreviation
    }
  }
}
    fragment ProgrammeParts on Programme {
  id
  name
  ministryId
  type
  strategy
  phase
  themes
  hasBudget
  ministry {
    id
    name
    abbreviation
  }
}
fragment LearningGroupParts on LearningGroup {
  id
  name
  goal
  status
  cohortStartsOn
  cohortEndsOn
  cadenceWeeks
  targetSize
  location
  firstSessionLocal
  viewerRole
  facilitator {
    id
    name
  }
  viewerApplication {
    id
    status
    learningWish
    programme {
      id
      name
    }
  }
}`,
  { hash: 'b4687d54c4594f347ffba1b4f3cb2434e9a8cbcc1cf78cb3879d68e6924b47e1' },
) as unknown as TypedDocumentString<
  LearningGroupsOverviewQuery,
  LearningGroupsOverviewQueryVariables
>;
export const LearningGroupPageDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupPage($id: ID!) {
  learningGroup(id: $id) {
    ...LearningGroupParts
    applications {
      ...ApplicationForFacilitator
    }
    proposal {
      proposedAt
      groups {
        number
        reasons {
          code
          value
          message
        }
        applications {
          ...ApplicationForFacilitator
        }
      }
    }
    groups {
      number
      firstSessionLocal
      sessions
      members {
        id
        name
      }
    }
  }
  myProgrammes {
    id
    name
  }
}
    fragment LearningGroupParts on LearningGroup {
  id
  name
  goal
  status
  cohortStartsOn
  cohortEndsOn
  cadenceWeeks
  targetSize
  location
  firstSessionLocal
  viewerRole
  facilitator {
    id
    name
  }
  viewerApplication {
    id
    status
    learningWish
    programme {
      id
      name
    }
  }
}
fragment ApplicationForFacilitator on LearningGroupApplication {
  id
  status
  learningWish
  applicant {
    id
    name
  }
  programme {
    id
    name
    type
    phase
    ministry {
      id
      name
      abbreviation
    }
  }
}`,
  { hash: '2d36084a746c06c3157c42222a7f8cdc1867dad9bb9a3ca96f1f45bed6348e62' },
) as unknown as TypedDocumentString<LearningGroupPageQuery, LearningGroupPageQueryVariables>;
export const DescribeProgrammeDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DescribeProgramme($input: DescribeProgrammeInput!) {
  describeProgramme(input: $input) {
    ...ProgrammeParts
  }
}
    fragment ProgrammeParts on Programme {
  id
  name
  ministryId
  type
  strategy
  phase
  themes
  hasBudget
  ministry {
    id
    name
    abbreviation
  }
}`,
  { hash: '9957173454b3302e5e9441013607d20a1e9f24fb529de88114cda080fb1bfeec' },
) as unknown as TypedDocumentString<DescribeProgrammeMutation, DescribeProgrammeMutationVariables>;
export const ApplyToLearningGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ApplyToLearningGroup($input: ApplyToLearningGroupInput!) {
  applyToLearningGroup(input: $input) {
    id
    status
  }
}
    `,
  { hash: '1e0cb62a12d7a7d7f3e5b9f90dac4eaf6c6f5d8fb58164ed983b2ff6cdf24008' },
) as unknown as TypedDocumentString<
  ApplyToLearningGroupMutation,
  ApplyToLearningGroupMutationVariables
>;
export const ProposeLearningGroupCompositionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ProposeLearningGroupComposition($input: LearningGroupRefInput!) {
  proposeLearningGroupComposition(input: $input) {
    id
    status
  }
}
    `,
  { hash: '0ea11f7441d4f719343df6e54b4bb114e5e9d9b5647c6e81dec53c73de2c82e6' },
) as unknown as TypedDocumentString<
  ProposeLearningGroupCompositionMutation,
  ProposeLearningGroupCompositionMutationVariables
>;
export const MoveLearningGroupMemberDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation MoveLearningGroupMember($input: MoveLearningGroupMemberInput!) {
  moveLearningGroupMember(input: $input) {
    id
  }
}
    `,
  { hash: 'f6109fa5d2ff4cebc0445bb09fe8bd7c55ccdb646a4ecad0ed1b118ed440a846' },
) as unknown as TypedDocumentString<
  MoveLearningGroupMemberMutation,
  MoveLearningGroupMemberMutationVariables
>;
export const ConfirmLearningGroupCompositionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ConfirmLearningGroupComposition($input: LearningGroupRefInput!) {
  confirmLearningGroupComposition(input: $input) {
    id
    status
  }
}
    `,
  { hash: '562e139624df9764a4be05fb26ec36f4d4da1216ddadfffb195d06763efd26f0' },
) as unknown as TypedDocumentString<
  ConfirmLearningGroupCompositionMutation,
  ConfirmLearningGroupCompositionMutationVariables
>;
export const WithdrawLearningGroupApplicationDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation WithdrawLearningGroupApplication($input: LearningGroupRefInput!) {
  withdrawLearningGroupApplication(input: $input)
}
    `,
  { hash: '72d98cdca42e6b4cc1741d906bf8c5d04a69eec49fd681dd060d67afa6a89ee4' },
) as unknown as TypedDocumentString<
  WithdrawLearningGroupApplicationMutation,
  WithdrawLearningGroupApplicationMutationVariables
>;
export const FinishLearningGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation FinishLearningGroup($input: LearningGroupRefInput!) {
  finishLearningGroup(input: $input) {
    id
    status
  }
}
    `,
  { hash: 'be0541aa1e3091dceafc869ec9ac86a9576da7f10d33adcfd1ba88b5dc03d90d' },
) as unknown as TypedDocumentString<
  FinishLearningGroupMutation,
  FinishLearningGroupMutationVariables
>;
export const CreateLearningGroupDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CreateLearningGroup($input: CreateLearningGroupInput!) {
  createLearningGroup(input: $input) {
    id
  }
}
    `,
  { hash: 'ae50cbf7047ac4bb6a06a5e121951e238186b4c976c590c60d0bdd3343f45f03' },
) as unknown as TypedDocumentString<
  CreateLearningGroupMutation,
  CreateLearningGroupMutationVariables
>;
export const FacilitatorCandidatesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query FacilitatorCandidates($search: String!) {
  members(search: $search, first: 10) {
    nodes {
      id
      name
      organisation {
        id
        name
        abbreviation
      }
    }
  }
}
    `,
  { hash: '16d83fc34b97f4c14335ae0c1138467dfb5c2e037da06a4e2f76cf00ffcf070c' },
) as unknown as TypedDocumentString<
  FacilitatorCandidatesQuery,
  FacilitatorCandidatesQueryVariables
>;
export const LearningGroupOutputsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupOutputs($learningGroupId: ID!, $groupNumber: Int!) {
  learningGroupOutputs(
    learningGroupId: $learningGroupId
    groupNumber: $groupNumber
  ) {
    ...LearningGroupOutputItem
  }
  communities(mine: true, first: 100) {
    nodes {
      id
      name
    }
  }
}
    fragment LearningGroupOutputItem on LearningGroupOutput {
  id
  groupNumber
  type
  title
  body
  bodyHtml
  version
  updatedAt
  publishedAt
  publishedCommunityId
  viewerCanApprove
  viewerHasApproved
  approvals {
    approvedAt
    member {
      id
      name
    }
  }
  awaitingApprovalFrom {
    id
    name
  }
  history {
    version
    editedAt
    previousTitle
    previousBody
    editor {
      id
      name
    }
  }
}`,
  { hash: '7f14ff02c3589adbaac7d7df74976356eaa1f37029ca53496adea5a95b9ef4dd' },
) as unknown as TypedDocumentString<LearningGroupOutputsQuery, LearningGroupOutputsQueryVariables>;
export const CreateLearningGroupOutputDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CreateLearningGroupOutput($input: CreateLearningGroupOutputInput!) {
  createLearningGroupOutput(input: $input) {
    id
  }
}
    `,
  { hash: '42fbbfb6c577d89eaa45d8dcefe92afb4f9e48ffb74a198dd6f1682cd662f4ee' },
) as unknown as TypedDocumentString<
  CreateLearningGroupOutputMutation,
  CreateLearningGroupOutputMutationVariables
>;
export const UpdateLearningGroupOutputDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateLearningGroupOutput($input: UpdateLearningGroupOutputInput!) {
  updateLearningGroupOutput(input: $input) {
    id
  }
}
    `,
  { hash: 'c87d6986a940403b44f0c55ec08f8992bbaf0ab702e641ee5f42e6794e3ac8ea' },
) as unknown as TypedDocumentString<
  UpdateLearningGroupOutputMutation,
  UpdateLearningGroupOutputMutationVariables
>;
export const ApproveLearningGroupOutputDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ApproveLearningGroupOutput($input: ApproveLearningGroupOutputInput!) {
  approveLearningGroupOutput(input: $input) {
    id
  }
}
    `,
  { hash: '83bc9aa3900c92a97f9fdd0121f6754179aabe83ca558bfe8209293524df9445' },
) as unknown as TypedDocumentString<
  ApproveLearningGroupOutputMutation,
  ApproveLearningGroupOutputMutationVariables
>;
export const PublishLearningGroupOutputDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation PublishLearningGroupOutput($input: PublishLearningGroupOutputInput!) {
  publishLearningGroupOutput(input: $input) {
    id
  }
}
    `,
  { hash: '2c6458f6b4201e542f117fc34ed3edab06982266eec21b921dd6de9584d5db77' },
) as unknown as TypedDocumentString<
  PublishLearningGroupOutputMutation,
  PublishLearningGroupOutputMutationVariables
>;
export const LearningGroupSessionsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupSessions($learningGroupId: ID!, $groupNumber: Int!) {
  learningGroupSessions(
    learningGroupId: $learningGroupId
    groupNumber: $groupNumber
  ) {
    ...LearningGroupSessionItem
  }
}
    fragment LearningGroupSessionItem on LearningGroupSession {
  id
  groupNumber
  sequence
  startsAt
  startsAtLocal
  agenda
  notes
  attendance {
    status
    member {
      id
    }
  }
  reflections {
    happened
    yielded
    adjust
    member {
      id
      name
    }
  }
}`,
  { hash: '1b31d9bd522f2c8f11268c38241f80a8bc04278c01e5a3863d40020af5de2da4' },
) as unknown as TypedDocumentString<
  LearningGroupSessionsQuery,
  LearningGroupSessionsQueryVariables
>;
export const UpdateLearningGroupSessionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateLearningGroupSession($input: UpdateLearningGroupSessionInput!) {
  updateLearningGroupSession(input: $input) {
    ...LearningGroupSessionItem
  }
}
    fragment LearningGroupSessionItem on LearningGroupSession {
  id
  groupNumber
  sequence
  startsAt
  startsAtLocal
  agenda
  notes
  attendance {
    status
    member {
      id
    }
  }
  reflections {
    happened
    yielded
    adjust
    member {
      id
      name
    }
  }
}`,
  { hash: 'fceb2c652981d1b7f490c99ef62aa74559b995bdf43c48518f4ccbd38bb10fc5' },
) as unknown as TypedDocumentString<
  UpdateLearningGroupSessionMutation,
  UpdateLearningGroupSessionMutationVariables
>;
export const RecordLearningGroupAttendanceDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RecordLearningGroupAttendance($input: RecordAttendanceInput!) {
  recordLearningGroupAttendance(input: $input) {
    ...LearningGroupSessionItem
  }
}
    fragment LearningGroupSessionItem on LearningGroupSession {
  id
  groupNumber
  sequence
  startsAt
  startsAtLocal
  agenda
  notes
  attendance {
    status
    member {
      id
    }
  }
  reflections {
    happened
    yielded
    adjust
    member {
      id
      name
    }
  }
}`,
  { hash: '0d99de39405962e96ddeb4f9e254f76d6fb4cfe8cc87a0400da26cbf22ae15e1' },
) as unknown as TypedDocumentString<
  RecordLearningGroupAttendanceMutation,
  RecordLearningGroupAttendanceMutationVariables
>;
export const SubmitLearningGroupReflectionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SubmitLearningGroupReflection($input: LearningGroupReflectionInput!) {
  submitLearningGroupReflection(input: $input) {
    sessionId
  }
}
    `,
  { hash: '6078d538ddf796049a31abad8b85f134a720ac80013b308d66749cb9272ce8fd' },
) as unknown as TypedDocumentString<
  SubmitLearningGroupReflectionMutation,
  SubmitLearningGroupReflectionMutationVariables
>;
export const UpdateLearningGroupReflectionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateLearningGroupReflection($input: LearningGroupReflectionInput!) {
  updateLearningGroupReflection(input: $input) {
    sessionId
  }
}
    `,
  { hash: 'ef1e83315d6f5345b2bf416a58dd2380a5ef981155a5babf5a115513d6d2aa55' },
) as unknown as TypedDocumentString<
  UpdateLearningGroupReflectionMutation,
  UpdateLearningGroupReflectionMutationVariables
>;
export const LearningGroupThreadsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LearningGroupThreads($learningGroupId: ID!, $theme: String) {
  learningGroupThreads(
    learningGroupId: $learningGroupId
    theme: $theme
    first: 50
  ) {
    totalCount
    nodes {
      id
      title
      body
      themes
      createdAt
      author {
        id
        name
      }
      sessions {
        id
        groupNumber
        sequence
        startsAt
      }
    }
  }
}
    `,
  { hash: '8a397fe95e286eaf38ad229372829b71bc8a207c45026ae17a74600a90372554' },
) as unknown as TypedDocumentString<LearningGroupThreadsQuery, LearningGroupThreadsQueryVariables>;
export const CreateLearningGroupThreadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CreateLearningGroupThread($input: CreateLearningGroupThreadInput!) {
  createLearningGroupThread(input: $input) {
    id
  }
}
    `,
  { hash: '75b877e174540d1d744b7733b04b7b85e220d9b7819fba866bd08ec98fd04946' },
) as unknown as TypedDocumentString<
  CreateLearningGroupThreadMutation,
  CreateLearningGroupThreadMutationVariables
>;
export const LessonsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Lessons($kind: ReadableLessonKind, $type: LessonType, $communityId: ID, $theme: String, $first: Int!, $after: String) {
  lessons(
    kind: $kind
    type: $type
    communityId: $communityId
    theme: $theme
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ReadableLessonItem
    }
  }
}
    fragment ReadableLessonItem on ReadableLesson {
  id
  kind
  title
  body
  type
  occurredOn
  publishedAt
  community {
    id
    name
    slug
  }
  intervision {
    methodNameNl
    methodNameEn
    closedMonth
  }
}`,
  { hash: '0136508f05f418523965abdec3670fb20a093e19e607c2e75a59ca0ef2c59a61' },
) as unknown as TypedDocumentString<LessonsQuery, LessonsQueryVariables>;
export const LessonFilterCommunitiesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query LessonFilterCommunities {
  communities(mine: true, first: 100) {
    nodes {
      id
      name
    }
  }
}
    `,
  { hash: 'fc6e9d6b1fe05401227d7f16e96475ced655912a768710b7f91ffc516ef2e548' },
) as unknown as TypedDocumentString<
  LessonFilterCommunitiesQuery,
  LessonFilterCommunitiesQueryVariables
>;
export const ReadableLessonDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query ReadableLesson($id: ID!) {
  readableLesson(id: $id) {
    ...ReadableLessonItem
  }
}
    fragment ReadableLessonItem on ReadableLesson {
  id
  kind
  title
  body
  type
  occurredOn
  publishedAt
  community {
    id
    name
    slug
  }
  intervision {
    methodNameNl
    methodNameEn
    closedMonth
  }
}`,
  { hash: '05bb2aaef4d766b9be90025f357fec4c9667dddfbadb0d4320a4f880ad8f7f41' },
) as unknown as TypedDocumentString<ReadableLessonQuery, ReadableLessonQueryVariables>;
export const MailAdminSentEmailsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MailAdminSentEmails($after: String) {
  sentEmails(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      key
      kind
      recipient
      subject
      confidential
      sentAt
    }
  }
}
    `,
  { hash: 'a61f38deea8a2539da72b77daeaced182ddc036c5b4dbe83fa92d79ad031730d' },
) as unknown as TypedDocumentString<MailAdminSentEmailsQuery, MailAdminSentEmailsQueryVariables>;
export const MailAdminOverviewDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MailAdminOverview {
  emailFailures(first: 20) {
    totalCount
    nodes {
      id
      kind
      recipient
      subject
      confidential
      permanent
      smtpCode
      message
      failedAt
    }
  }
  emailSuppressions(first: 50) {
    totalCount
    nodes {
      address
      reason
      smtpCode
      smtpResponse
      suppressedAt
    }
  }
  digestSchedule {
    plannerScheduled
    plannerNextRunAt
    plannerPattern
    membersByFrequency {
      frequency
      members
    }
    dueNextDay {
      hour
      members
    }
    overdue
    digestsSentLast7Days
  }
}
    `,
  { hash: 'ed9dfd3fe8696908d3702b760da9315f877e4c08c34ab6bf0775f3e2d4637aa8' },
) as unknown as TypedDocumentString<MailAdminOverviewQuery, MailAdminOverviewQueryVariables>;
export const LiftEmailSuppressionDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation LiftEmailSuppression($input: LiftEmailSuppressionInput!) {
  liftEmailSuppression(input: $input) {
    address
    liftedBy
  }
}
    `,
  { hash: '65527c351783f3a0979a3a9da3f83a7ac39eedf49e7c1a3085977cffea618557' },
) as unknown as TypedDocumentString<
  LiftEmailSuppressionMutation,
  LiftEmailSuppressionMutationVariables
>;
export const CommunityMeetingsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityMeetings($communityId: ID!, $first: Int!) {
  meetings(communityId: $communityId, first: $first) {
    totalCount
    nodes {
      ...MeetingSummary
    }
  }
}
    fragment MeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  address
  onlineUrl
  capacity
  goingCount
  maybeCount
  waitingCount
  cancelledAt
  viewerRsvp {
    status
    waitingPosition
  }
  community {
    id
    slug
    name
  }
}`,
  { hash: '75accc4cea62fd4575266e01ff37ebd50a6e4c55ccbdcaad585d2abd593503e8' },
) as unknown as TypedDocumentString<CommunityMeetingsQuery, CommunityMeetingsQueryVariables>;
export const MyUpcomingMeetingsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyUpcomingMeetings($first: Int!) {
  myUpcomingMeetings(first: $first) {
    totalCount
    nodes {
      ...MeetingSummary
    }
  }
}
    fragment MeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  address
  onlineUrl
  capacity
  goingCount
  maybeCount
  waitingCount
  cancelledAt
  viewerRsvp {
    status
    waitingPosition
  }
  community {
    id
    slug
    name
  }
}`,
  { hash: '6aa636269901d6d1aee2bc152b442b07f44a7a054ce2bd837afd585a4682eaac' },
) as unknown as TypedDocumentString<MyUpcomingMeetingsQuery, MyUpcomingMeetingsQueryVariables>;
export const MeetingDetailDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MeetingDetail($id: ID!) {
  meeting(id: $id) {
    ...MeetingSummary
    startsAtLocal
    endsAtLocal
    agenda
    notes
    cancellationReason
    community {
      id
      slug
      name
      viewerMembership {
        status
        role
      }
    }
    attendees(first: 100) {
      totalCount
      nodes {
        member {
          id
          name
          isViewer
          organisation {
            id
            name
            abbreviation
          }
        }
      }
    }
    followUps {
      id
      text
      dueOn
      owner {
        id
        name
      }
    }
  }
}
    fragment MeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  address
  onlineUrl
  capacity
  goingCount
  maybeCount
  waitingCount
  cancelledAt
  viewerRsvp {
    status
    waitingPosition
  }
  community {
    id
    slug
    name
  }
}`,
  { hash: '48d250826a100b762184b8ce15eebb8acff8bcc64244066a25ca8404ac7c2441' },
) as unknown as TypedDocumentString<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const ScheduleMeetingDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    ...MeetingSummary
  }
}
    fragment MeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  address
  onlineUrl
  capacity
  goingCount
  maybeCount
  waitingCount
  cancelledAt
  viewerRsvp {
    status
    waitingPosition
  }
  community {
    id
    slug
    name
  }
}`,
  { hash: 'd1fa195b8f53f52408881d8eed30b06e2e0be127cdd79981bcc0e376522305dd' },
) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    id
  }
}
    `,
  { hash: 'ebc8f73f64840e64e67ee94ab0e9b1286f91a35ec1ddb55a4529076ad10255b7' },
) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const RsvpToMeetingDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RsvpToMeeting($input: RsvpToMeetingInput!) {
  rsvpToMeeting(input: $input) {
    status
    waitingPosition
  }
}
    `,
  { hash: '54984587ebcc95899f08d3449f0d577ca73a24f044568e9cc5055d329e60de26' },
) as unknown as TypedDocumentString<RsvpToMeetingMutation, RsvpToMeetingMutationVariables>;
export const CancelMeetingDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    id
    cancelledAt
  }
}
    `,
  { hash: 'c37ac794018999ee56372d3802649046d61ecaf91282f1210bffe47e9de63f35' },
) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordMeetingFollowUpDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RecordMeetingFollowUp($input: RecordFollowUpInput!) {
  recordMeetingFollowUp(input: $input) {
    id
  }
}
    `,
  { hash: '60fa24d1d31bce1ff991f88c7c92c755059a683adda6f7ed7fd155ab35942ca9' },
) as unknown as TypedDocumentString<
  RecordMeetingFollowUpMutation,
  RecordMeetingFollowUpMutationVariables
>;
export const RecordMeetingNotesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RecordMeetingNotes($input: RecordMeetingNotesInput!) {
  recordMeetingNotes(input: $input) {
    id
    notes
  }
}
    `,
  { hash: '2c9373af738cd30d43493fb3140007e13e68ced994117aea5c0f1b7a17bcdf12' },
) as unknown as TypedDocumentString<
  RecordMeetingNotesMutation,
  RecordMeetingNotesMutationVariables
>;
export const MyProfileDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MyProfile($id: ID!) {
  member(id: $id) {
    id
    name
    email
    jobRole
    themes
    bio
    offer
    seeking
    language
    organisation {
      id
      name
      abbreviation
    }
    visibility {
      email
      organisation
      jobRole
      themes
      bio
      offer
      seeking
    }
  }
}
    `,
  { hash: '3086aa7f374a253d01fad08d4bf44a8c7608173beb5da71ba7fcbd586461ee26' },
) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    id
    name
    language
  }
}
    `,
  { hash: '9eafdb040d41c0d66190335fec7df27cfc40a7317a13c6d2dd2dd21934bc477f' },
) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const MemberPageDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MemberPage($id: ID!) {
  member(id: $id) {
    id
    name
    email
    isViewer
    jobRole
    themes
    bio
    offer
    seeking
    organisation {
      id
      name
      abbreviation
      parent {
        id
        name
        abbreviation
      }
    }
    communitiesInCommon {
      id
      slug
      name
    }
    boundarySpannerProfile {
      preferredStyles
    }
  }
}
    `,
  { hash: 'b4de964279865917f26f8897193fe3ab45e9173e8ef79f7223d523eed53c4ccd' },
) as unknown as TypedDocumentString<MemberPageQuery, MemberPageQueryVariables>;
export const MemberDirectoryDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query MemberDirectory($search: String, $organisationId: ID, $theme: String, $offer: String, $first: Int!, $after: String) {
  members(
    search: $search
    organisationId: $organisationId
    theme: $theme
    offer: $offer
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      jobRole
      themes
      offer
      organisation {
        id
        name
        abbreviation
      }
    }
  }
}
    `,
  { hash: '06355e736a808d3603e65cc11d4afd7a32733fb0aea9fd70906a8649195c1d06' },
) as unknown as TypedDocumentString<MemberDirectoryQuery, MemberDirectoryQueryVariables>;
export const NotificationSettingsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query NotificationSettings {
  notificationSettings {
    ...NotificationSettingsParts
    communities {
      mode
      community {
        id
        name
        slug
      }
    }
  }
}
    fragment NotificationSettingsParts on NotificationSettings {
  digestFrequency
  digestWeekday
  digestTime
  emailLanguage
  mentions
  replies
  meetingChanges
  coffeeDate
  intervisionPhases
  nextDigestAt
}`,
  { hash: 'be607aa6d59a729efd9af0af51e5eb0bf6c9a4acc2980432c48bd35c76a4e59c' },
) as unknown as TypedDocumentString<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    ...NotificationSettingsParts
  }
}
    fragment NotificationSettingsParts on NotificationSettings {
  digestFrequency
  digestWeekday
  digestTime
  emailLanguage
  mentions
  replies
  meetingChanges
  coffeeDate
  intervisionPhases
  nextDigestAt
}`,
  { hash: '334de1c524e951e3f1bdb8212e5e448bf0d1f4d4c96156279dbbd43c127dea9d' },
) as unknown as TypedDocumentString<
  UpdateNotificationSettingsMutation,
  UpdateNotificationSettingsMutationVariables
>;
export const SetCommunityNotificationModeDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SetCommunityNotificationMode($input: SetCommunityNotificationModeInput!) {
  setCommunityNotificationMode(input: $input) {
    mode
    community {
      id
    }
  }
}
    `,
  { hash: 'a2c2d8ed845d8fb06bb80f0d3ae0c239d289e93bbb874b77a18818a57f79c877' },
) as unknown as TypedDocumentString<
  SetCommunityNotificationModeMutation,
  SetCommunityNotificationModeMutationVariables
>;
export const NotificationsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Notifications($first: Int!, $after: String, $language: String) {
  unreadNotificationCount
  notifications(first: $first, after: $after, language: $language) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      title
      url
      actorId
      actorName
      createdAt
      readAt
    }
  }
}
    `,
  { hash: '855dc13c13b077ec80b78c043bc8390d467b1940e9987304bd853919214abb14' },
) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `,
  { hash: 'dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac' },
) as unknown as TypedDocumentString<
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables
>;
export const MarkNotificationsReadDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput) {
  markNotificationsRead(input: $input) {
    marked
    unreadCount
  }
}
    `,
  { hash: '2e7a05a1ea63f8ef965a90d069859116dcf3e1c6f45965d130cc5c366fc23a58' },
) as unknown as TypedDocumentString<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export const MeDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Me {
  me {
    email
    needsProfile
    member {
      id
      name
      language
      platformRole
      organisation {
        id
        name
        abbreviation
      }
    }
  }
}
    `,
  { hash: '5a173c6f0718514599f13b286095669b80dab892077b90880f15416ade612b11' },
) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RequestSignInLinkDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestSignInLink($input: RequestSignInLinkInput!) {
  requestSignInLink(input: $input) {
    accepted
    expiresInMinutes
  }
}
    `,
  { hash: '44e07ea97905004f5b26ba9169f6e162b539df7c092a841b2adbbfb0fe26cc69' },
) as unknown as TypedDocumentString<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const SignOutDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SignOut {
  signOut
}
    `,
  { hash: '39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956' },
) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const OrganisationsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Organisations($search: String, $parentId: ID, $rootsOnly: Boolean, $first: Int!) {
  organisations(
    search: $search
    parentId: $parentId
    rootsOnly: $rootsOnly
    first: $first
  ) {
    totalCount
    nodes {
      id
      name
      abbreviation
      type
      parent {
        id
        name
      }
      children {
        id
      }
    }
  }
}
    `,
  { hash: '6612e1502361ec854b761625e29ab24378026ec9c39da44cac002e61c04eb403' },
) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const CompleteProfileDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation CompleteProfile($input: CompleteProfileInput!) {
  completeProfile(input: $input) {
    id
    name
    language
  }
}
    `,
  { hash: '690879cb0a07503cb886a4bf16f531ac38ccb3ec90842f59d85d69c0729c5fd3' },
) as unknown as TypedDocumentString<CompleteProfileMutation, CompleteProfileMutationVariables>;
export const CommunitiesDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Communities($search: String, $theme: String, $phase: CommunityPhase, $mine: Boolean, $first: Int!, $after: String) {
  communities(
    search: $search
    theme: $theme
    phase: $phase
    mine: $mine
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CommunityCard
    }
  }
}
    fragment CommunityCard on Community {
  id
  slug
  name
  goal
  themes
  phase
  status
  joinPolicy
  memberCount
  lastActivityAt
  viewerMembership {
    role
    status
  }
}`,
  { hash: '29c9bb6176cd6a176dbc3a457fe912c8c1c9e5de060ac57a9cc89452b75434f1' },
) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Community($slug: String!) {
  community(slug: $slug) {
    ...CommunityCard
    domain
    centralQuestions
    welcomeMessage
    startsOn
    plannedEndOn
    coordinators {
      ...MembershipRow
    }
  }
}
    fragment CommunityCard on Community {
  id
  slug
  name
  goal
  themes
  phase
  status
  joinPolicy
  memberCount
  lastActivityAt
  viewerMembership {
    role
    status
  }
}
fragment MembershipRow on CommunityMembership {
  id
  role
  status
  joinedAt
  requestedAt
  motivation
  member {
    id
    name
    isViewer
    organisation {
      id
      name
      abbreviation
    }
  }
}`,
  { hash: '77ebfc8259ec8e9115b5c3d4051246ef6070de85e7b78f931b554e09eba11b44' },
) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;
export const CommunityMembersDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityMembers($slug: String!, $first: Int!, $after: String) {
  community(slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MembershipRow
      }
    }
  }
}
    fragment MembershipRow on CommunityMembership {
  id
  role
  status
  joinedAt
  requestedAt
  motivation
  member {
    id
    name
    isViewer
    organisation {
      id
      name
      abbreviation
    }
  }
}`,
  { hash: '2c3578d44ab3de8c3d1d3e1816325eb59e6d626417db30aa8369541521924461' },
) as unknown as TypedDocumentString<CommunityMembersQuery, CommunityMembersQueryVariables>;
export const CommunityJoinRequestsDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query CommunityJoinRequests($slug: String!) {
  community(slug: $slug) {
    id
    joinRequests(first: 100) {
      totalCount
      nodes {
        ...MembershipRow
      }
    }
  }
}
    fragment MembershipRow on CommunityMembership {
  id
  role
  status
  joinedAt
  requestedAt
  motivation
  member {
    id
    name
    isViewer
    organisation {
      id
      name
      abbreviation
    }
  }
}`,
  { hash: '7b5d68e0275558a280cfd5bcc8cb1078303cdeee039188f96bf88d827bca5817' },
) as unknown as TypedDocumentString<
  CommunityJoinRequestsQuery,
  CommunityJoinRequestsQueryVariables
>;
export const ProposeCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ProposeCommunity($input: ProposeCommunityInput!) {
  proposeCommunity(input: $input) {
    id
    slug
    name
    status
  }
}
    `,
  { hash: '51a0546fc3597d52433fb5226cd7281877015ca69a69de29dfcead06d26ec71d' },
) as unknown as TypedDocumentString<ProposeCommunityMutation, ProposeCommunityMutationVariables>;
export const UpdateCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation UpdateCommunity($input: UpdateCommunityInput!) {
  updateCommunity(input: $input) {
    id
    slug
  }
}
    `,
  { hash: 'e83dcabcf4dd50d1a3f0ed905414e351fe58633317724c05963de67a22c5f918' },
) as unknown as TypedDocumentString<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const ApproveCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation ApproveCommunity($input: CommunityRefInput!) {
  approveCommunity(input: $input) {
    id
    status
  }
}
    `,
  { hash: '856393ed1cb81fc9c9e5d85c6656d40b5ea8fa4d5a908d2afda4e16d08bda980' },
) as unknown as TypedDocumentString<ApproveCommunityMutation, ApproveCommunityMutationVariables>;
export const SetCommunityPhaseDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SetCommunityPhase($input: SetCommunityPhaseInput!) {
  setCommunityPhase(input: $input) {
    id
    phase
  }
}
    `,
  { hash: '5d6d9b3bf661c44a800f4eaccf176a84169f6b04e3f036eb0f01b2ea323faf6d' },
) as unknown as TypedDocumentString<SetCommunityPhaseMutation, SetCommunityPhaseMutationVariables>;
export const JoinCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation JoinCommunity($input: CommunityRefInput!) {
  joinCommunity(input: $input) {
    id
    status
  }
}
    `,
  { hash: '2ef64a991e78993e45763387a2503b324eb2d5cdac93102fb5ef1d263b790d04' },
) as unknown as TypedDocumentString<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const RequestToJoinCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RequestToJoinCommunity($input: RequestToJoinCommunityInput!) {
  requestToJoinCommunity(input: $input) {
    id
    status
  }
}
    `,
  { hash: '96a823d51212a4cfccba3a1f6f5ff3f0a5ed4caffb80003ffa8499d4015d397d' },
) as unknown as TypedDocumentString<
  RequestToJoinCommunityMutation,
  RequestToJoinCommunityMutationVariables
>;
export const LeaveCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation LeaveCommunity($input: CommunityRefInput!) {
  leaveCommunity(input: $input)
}
    `,
  { hash: '059b23a800c23f4da1a0b1e232a643f82a2ab3683cf5d8dee6189e97bfb60e7b' },
) as unknown as TypedDocumentString<LeaveCommunityMutation, LeaveCommunityMutationVariables>;
export const DecideJoinRequestDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation DecideJoinRequest($input: DecideJoinRequestInput!) {
  decideJoinRequest(input: $input) {
    approved
  }
}
    `,
  { hash: 'b34380a49294d3759f6c3bfce71b2c77e49dff0808713a28d8ed781adc251718' },
) as unknown as TypedDocumentString<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>;
export const InviteToCommunityDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation InviteToCommunity($input: InviteToCommunityInput!) {
  inviteToCommunity(input: $input) {
    id
    email
  }
}
    `,
  { hash: 'ab545e6905a85b2247d29905802557f5fb5e07211d3f2cad982e04f8c2aac47f' },
) as unknown as TypedDocumentString<InviteToCommunityMutation, InviteToCommunityMutationVariables>;
export const AcceptCommunityInvitationDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation AcceptCommunityInvitation($input: AcceptCommunityInvitationInput!) {
  acceptCommunityInvitation(input: $input) {
    id
    community {
      id
      slug
    }
  }
}
    `,
  { hash: 'c8d5c2d1d4e8fa363c11fe4a3cef4f87e91b15ec6506a5e98394d245b6472b74' },
) as unknown as TypedDocumentString<
  AcceptCommunityInvitationMutation,
  AcceptCommunityInvitationMutationVariables
>;
export const RemoveCommunityMemberDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation RemoveCommunityMember($input: CommunityMemberInput!) {
  removeCommunityMember(input: $input)
}
    `,
  { hash: '289f45400d8e0a8af30775fa415448b9922377b8d65ec5a0426cafc05f1bf97e' },
) as unknown as TypedDocumentString<
  RemoveCommunityMemberMutation,
  RemoveCommunityMemberMutationVariables
>;
export const SetCommunityRoleDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    mutation SetCommunityRole($input: SetCommunityRoleInput!) {
  setCommunityRole(input: $input) {
    id
    role
  }
}
    `,
  { hash: 'c9809531bffd4666163f384304d11b798e84c21e0002f8d54393f55bd5d5e087' },
) as unknown as TypedDocumentString<SetCommunityRoleMutation, SetCommunityRoleMutationVariables>;
export const SignInProvidersDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query SignInProviders {
  signInProviders {
    id
    label
    startPath
  }
}
    `,
  { hash: 'dee7b2fec56011dce7d774aaf23b1c08c94c609c7282782a3d98b84bea7646a9' },
) as unknown as TypedDocumentString<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const SearchDocument = /* #__PURE__ */ new TypedDocumentString(
  `
    query Search($query: String!, $first: Int, $kinds: [SearchKind!]) {
  search(query: $query, first: $first, kinds: $kinds) {
    query
    communities {
      hasMore
      hits {
        id
        slug
        name {
          ...SearchText
        }
        snippet {
          ...SearchText
        }
      }
    }
    discussions {
      hasMore
      hits {
        threadId
        replyId
        title {
          ...SearchText
        }
        snippet {
          ...SearchText
        }
        community {
          name
          slug
        }
        createdAt
      }
    }
    lessons {
      hasMore
      hits {
        id
        title {
          ...SearchText
        }
        snippet {
          ...SearchText
        }
        community {
          name
          slug
        }
      }
    }
    members {
      hasMore
      hits {
        id
        name {
          ...SearchText
        }
        jobRole
        snippet {
          ...SearchText
        }
      }
    }
  }
}
    fragment SearchText on HighlightedText {
  text
  highlights {
    start
    length
  }
}`,
  { hash: '304eda6a6ad9421f7a28c8bd00aece751cc43fb7bee1a9c6d4563dcb47432858' },
) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
