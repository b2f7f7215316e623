import { defineEvent } from '@leerhuis/platform-events';

// Payloads carry ids and times only: never case content (the outbox is not confidential).

export const intervisionGroupCreated = defineEvent<{ groupId: string; createdBy: string }>(
  'intervision.group-created',
);

export const intervisionMemberInvited = defineEvent<{
  groupId: string;
  memberId: string;
  invitedBy: string;
}>('intervision.member-invited');

export const intervisionMemberJoined = defineEvent<{
  groupId: string;
  memberId: string;
  agreementVersion: number;
}>('intervision.member-joined');

export const intervisionMemberLeft = defineEvent<{ groupId: string; memberId: string }>(
  'intervision.member-left',
);

/** A moderator removed a member (or withdrew an invitation); the member is emailed. */
export const intervisionMemberRemoved = defineEvent<{
  groupId: string;
  memberId: string;
  removedBy: string;
}>('intervision.member-removed');

export const intervisionCaseDrafted = defineEvent<{
  caseId: string;
  groupId: string;
  ownerId: string;
}>('intervision.case-drafted');

export const intervisionCaseAccepted = defineEvent<{
  caseId: string;
  groupId: string;
  methodId: string;
  acceptedBy: string;
}>('intervision.case-accepted');

/** A phase opened; with a deadline the worker schedules the reminder and the advance. */
export const intervisionPhaseOpened = defineEvent<{
  caseId: string;
  groupId: string;
  phaseIndex: number;
  openedAt: string;
  deadline: string | null;
  autoAdvance: boolean;
}>('intervision.phase-opened');

export const intervisionPhaseExtended = defineEvent<{
  caseId: string;
  groupId: string;
  phaseIndex: number;
  openedAt: string;
  deadline: string;
  autoAdvance: boolean;
}>('intervision.phase-extended');

/** `closedBy` null: the deadline closed it. */
export const intervisionPhaseClosed = defineEvent<{
  caseId: string;
  groupId: string;
  phaseIndex: number;
  closedBy: string | null;
}>('intervision.phase-closed');

export const intervisionContributionPosted = defineEvent<{
  caseId: string;
  groupId: string;
  phaseIndex: number;
  contributionId: string;
  authorId: string;
}>('intervision.contribution-posted');

export const intervisionCaseClosed = defineEvent<{
  caseId: string;
  groupId: string;
  closedBy: string;
  followUpAt: string;
}>('intervision.case-closed');

export const intervisionLessonsShared = defineEvent<{
  caseId: string;
  groupId: string;
  scope: 'COMMUNITY' | 'PLATFORM';
}>('intervision.lessons-shared');

export const intervisionFollowUpAnswered = defineEvent<{ caseId: string; groupId: string }>(
  'intervision.follow-up-answered',
);
