import type { ViewerRequest } from '@leerhuis/platform-graphql';

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import { SessionService } from './session.service';
import { sessionTokenOf } from './session-cookie';

/** Puts the viewer (or null) on every request before guards and resolvers run. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  // A failure is thrown, not passed to next(): Nest's exception filters then answer it (a 503
  // while the database is unreachable) instead of Express's bare 500.
  async use(req: ViewerRequest, _res: Response, next: NextFunction): Promise<void> {
    const token = sessionTokenOf(req);
    req.viewer = token ? await this.sessions.resolve(token) : null;
    next();
  }
}
