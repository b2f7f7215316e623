import type { Request, Response } from 'express';

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

export type ViewerRequest = Request & { viewer?: Viewer | null };

export interface GraphqlContext {
  req: ViewerRequest;
  res: Response;
  loaders: LoaderRegistry;
  viewer: Viewer | null;
}
