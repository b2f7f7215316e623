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

export interface GraphqlContext {
  req: ViewerRequest;
  res: FastifyReply;
  loaders: LoaderRegistry;
  viewer: Viewer | null;
}
