export { identityEventSubscriptions, IdentityJobsModule } from './identity-jobs.module';
export { IdentityErrorCode, IdentityException } from './identity.exception';
export { IdentityModule } from './identity.module';
export { RateLimiter, type RateLimitRule } from './rate-limiter';
export { SESSION_COOKIE, sessionTokenOf } from './session-cookie';
export { SessionService } from './session.service';
export { SignInService } from './sign-in.service';
export { hashToken } from './token';
