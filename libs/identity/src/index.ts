import { SessionEntity } from './entities/session.entity';
import { SignInLinkEntity } from './entities/sign-in-link.entity';

export { identityEventSubscriptions, IdentityJobsModule } from './identity-jobs.module';
export { IdentityErrorCode, IdentityException } from './identity.exception';
export { IdentityModule } from './identity.module';
export { SESSION_COOKIE } from './session-cookie';
export { SessionService } from './session.service';
export { SignInService } from './sign-in.service';
export { hashToken } from './token';

export const identityEntities = [SignInLinkEntity, SessionEntity];
