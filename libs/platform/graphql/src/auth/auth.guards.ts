import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { domainException, ErrorKind } from '../errors/domain.exception';
import type { GraphqlContext, Viewer } from './viewer';

export const AuthException = domainException('AuthException', {
  SIGN_IN_REQUIRED: ErrorKind.UNAUTHENTICATED,
  PROFILE_REQUIRED: ErrorKind.FORBIDDEN,
  ADMIN_REQUIRED: ErrorKind.FORBIDDEN,
});

function viewerOf(context: ExecutionContext): Viewer | null {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer;
  }
  return context.switchToHttp().getRequest<{ viewer?: Viewer | null }>().viewer ?? null;
}

/** Any valid session, also one whose profile is not complete yet. */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!viewerOf(context)) throw new AuthException('SIGN_IN_REQUIRED', 'Sign in first.');
    return true;
  }
}

/** A member: signed in and profile completed. */
@Injectable()
export class MemberGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const viewer = viewerOf(context);
    if (!viewer) throw new AuthException('SIGN_IN_REQUIRED', 'Sign in first.');
    if (!viewer.memberId)
      throw new AuthException('PROFILE_REQUIRED', 'Complete your profile first.');
    return true;
  }
}

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const viewer = viewerOf(context);
    if (!viewer) throw new AuthException('SIGN_IN_REQUIRED', 'Sign in first.');
    if (viewer.role !== 'ADMIN')
      throw new AuthException('ADMIN_REQUIRED', 'Only platform admins may do this.');
    return true;
  }
}

export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  viewerOf(context),
);

/** The per-request loader registry from the GraphQL context. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
