import { communityMemberLeft, communityMemberRemoved } from '@leerhuis/communities';
import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { INTERVISION_ENTITIES } from './entities/intervision-entities';
import {
  intervisionCaseClosed,
  intervisionMemberInvited,
  intervisionMemberRemoved,
  intervisionPhaseExtended,
  intervisionPhaseOpened,
} from './intervision.events';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { IntervisionMethodRepository } from './intervision-method.repository';
import { IntervisionPhaseFlow } from './intervision-phase-flow';
import { AdvanceIntervisionPhaseJob } from './jobs/advance-intervision-phase.job';
import { AskIntervisionFollowUpJob } from './jobs/ask-intervision-follow-up.job';
import {
  EndIntervisionMembershipsJob,
  endIntervisionMembershipsJob,
} from './jobs/end-intervision-memberships.job';
import { RemindIntervisionPhaseJob } from './jobs/remind-intervision-phase.job';
import {
  ScheduleIntervisionDeadlineJob,
  scheduleIntervisionDeadlineJob,
} from './jobs/schedule-intervision-deadline.job';
import {
  ScheduleIntervisionFollowUpJob,
  scheduleIntervisionFollowUpJob,
} from './jobs/schedule-intervision-follow-up.job';
import {
  SendIntervisionCaseClosedJob,
  sendIntervisionCaseClosedJob,
} from './jobs/send-intervision-case-closed.job';
import {
  SendIntervisionInvitationJob,
  sendIntervisionInvitationJob,
} from './jobs/send-intervision-invitation.job';
import {
  SendIntervisionPhaseOpenedJob,
  sendIntervisionPhaseOpenedJob,
} from './jobs/send-intervision-phase-opened.job';
import {
  SendIntervisionRemovalJob,
  sendIntervisionRemovalJob,
} from './jobs/send-intervision-removal.job';
import { SweepIntervisionTimersJob } from './jobs/sweep-intervision-timers.job';

/** Worker side of intervisie: phase emails, deadlines (reminder, advance), follow-up. */
@Module({
  imports: [DatabaseModule.forFeature(INTERVISION_ENTITIES), MailModule],
  providers: [
    IntervisionCaseRepository,
    IntervisionGroupRepository,
    IntervisionMethodRepository,
    IntervisionPhaseFlow,
    SendIntervisionPhaseOpenedJob,
    ScheduleIntervisionDeadlineJob,
    RemindIntervisionPhaseJob,
    AdvanceIntervisionPhaseJob,
    SendIntervisionCaseClosedJob,
    SendIntervisionInvitationJob,
    ScheduleIntervisionFollowUpJob,
    SweepIntervisionTimersJob,
    AskIntervisionFollowUpJob,
    EndIntervisionMembershipsJob,
    SendIntervisionRemovalJob,
  ],
})
export class IntervisionJobsModule {}

export const intervisionEventSubscriptions = [
  // Leaving or removal from the CoP ends intervisie membership there for good.
  subscribe(communityMemberLeft, endIntervisionMembershipsJob, (payload) => ({
    communityId: payload.communityId,
    memberId: payload.memberId,
    cause: 'COMMUNITY_LEFT' as const,
  })),
  subscribe(communityMemberRemoved, endIntervisionMembershipsJob, (payload) => ({
    communityId: payload.communityId,
    memberId: payload.memberId,
    cause: 'COMMUNITY_REMOVED' as const,
  })),
  subscribe(intervisionMemberRemoved, sendIntervisionRemovalJob, (payload, eventId) => ({
    eventId,
    groupId: payload.groupId,
    memberId: payload.memberId,
  })),
  subscribe(intervisionMemberInvited, sendIntervisionInvitationJob, (payload, eventId) => ({
    eventId,
    groupId: payload.groupId,
    memberId: payload.memberId,
  })),
  subscribe(intervisionPhaseOpened, sendIntervisionPhaseOpenedJob, (payload) => ({
    caseId: payload.caseId,
    phaseIndex: payload.phaseIndex,
  })),
  subscribe(intervisionPhaseOpened, scheduleIntervisionDeadlineJob, (payload) => ({
    caseId: payload.caseId,
    phaseIndex: payload.phaseIndex,
    openedAt: payload.openedAt,
    deadline: payload.deadline,
    autoAdvance: payload.autoAdvance,
  })),
  subscribe(intervisionPhaseExtended, scheduleIntervisionDeadlineJob, (payload) => ({
    caseId: payload.caseId,
    phaseIndex: payload.phaseIndex,
    openedAt: payload.openedAt,
    deadline: payload.deadline,
    autoAdvance: payload.autoAdvance,
  })),
  subscribe(intervisionCaseClosed, sendIntervisionCaseClosedJob, (payload) => ({
    caseId: payload.caseId,
  })),
  subscribe(intervisionCaseClosed, scheduleIntervisionFollowUpJob, (payload) => ({
    caseId: payload.caseId,
    followUpAt: payload.followUpAt,
  })),
];
