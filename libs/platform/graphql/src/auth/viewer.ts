import type { FastifyReply, FastifyRequest } from 'fastify';

import type { LoaderRegistry } from '../loaders';

export type PlatformRole = 'MEMBER' | 'ADMIN';

/** Who is asking: set from the session by the identity middleware, null when anonymous. */
export interface Viewer {
  sessionId: string;
  email: string;
  /** Null until the new address has completed its profile. */
  memberId: string | null;
  role: PlatformRole;
}

export type ViewerRequest = FastifyRequest & { viewer?: Viewer | null };

/**
 * The per-request GraphQL context. Field resolvers read it as their third argument, graphql-js's
 * `(parent, args, context)`, instead of through parameter decorators: a field resolver without
 * decorators is bound by Nest directly, with no pipes and no async wrapper, which cut about a
 * third off the API's CPU on a list of 20 CoPs (issue 18; the architecture spec
 * keeps it so).
 */
export interface GraphqlContext {
  req: ViewerRequest;
  res: FastifyReply;
  loaders: LoaderRegistry;
  viewer: Viewer | null;
}
