export {
  IntervisionCaseDto,
  IntervisionGroupDto,
  IntervisionMethodDto,
} from './dtos/intervision.dto';
export { CaseState, ShareScope } from './entities/intervision-case.entity';
export { IntervisionGroupContext } from './entities/intervision-group.entity';
export {
  GroupMemberEndReason,
  GroupMemberStatus,
  GroupRole,
} from './entities/intervision-group-member.entity';
export { IntervisionCaseService } from './intervision-case.service';
export { IntervisionTask } from './intervision-expectation';
export { IntervisionGroupService } from './intervision-group.service';
export { stillInContextSql as intervisionMembershipInContextSql } from './intervision-group.repository';
export { ContributionKind, IntervisionRole } from './intervision-method';
export { IntervisionErrorCode, IntervisionException } from './intervision.exception';
export * from './intervision.events';
export { intervisionEventSubscriptions, IntervisionJobsModule } from './intervision-jobs.module';
export { IntervisionModule } from './intervision.module';
export { readSharedIntervisionLessons, type SharedIntervisionLesson } from './shared-lessons';
export {
  intervisionTimerSweepSchedule,
  SweepIntervisionTimersJob,
} from './jobs/sweep-intervision-timers.job';
export { IntervisionPersonalData } from './intervision-personal-data';
export { IntervisionSql } from './intervision-sql';
