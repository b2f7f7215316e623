export { identityEventSubscriptions, IdentityJobsModule } from './identity-jobs.module';
export { IdentityErrorCode, IdentityException } from './identity.exception';
export { IdentityModule } from './identity.module';
export { identityRetentionSchedule, PurgeSignInRecordsJob } from './jobs/purge-sign-in-records.job';
export { RateLimiter, type RateLimitRule } from './rate-limiter';
export { SESSION_COOKIE, sessionTokenOf } from './session-cookie';
export { SessionService } from './session.service';
export { SignInService } from './sign-in.service';
export { hashToken } from './token';
