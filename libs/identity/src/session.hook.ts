import type { ViewerRequest } from '@leerhuis/platform-graphql';

import type {} from '@fastify/cookie';
import type { onRequestAsyncHookHandler } from 'fastify';

import { SessionService } from './session.service';
import { sessionTokenOf } from './session-cookie';

/**
 * Puts the viewer (or null) on every request before guards and resolvers run. A Fastify hook
 * rather than Nest middleware: no middleware layer on every request. A failure reaches Nest's
 * exception filters through the error handler Nest installs (a 503 while the database is
 * unreachable).
 */
export function sessionHook(sessions: SessionService): onRequestAsyncHookHandler {
  return async (request) => {
    const token = sessionTokenOf(request);
    (request as ViewerRequest).viewer = token ? await sessions.resolve(token) : null;
  };
}
