import { SessionService, sessionTokenOf } from '@leerhuis/identity';
import { QueueProducer } from '@leerhuis/platform-queue';

import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response, Router } from 'express';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Bull Board for platform admins. It is mounted on Express directly, so it checks the
 * session itself instead of relying on Nest's middleware order.
 */
export function bullBoard(
  producer: QueueProducer,
  sessions: SessionService,
): (Router | ((req: Request, res: Response, next: NextFunction) => void))[] {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: producer.allQueues().map((queue) => new BullMQAdapter(queue)),
    serverAdapter: adapter,
  });
  const guard = (req: Request, res: Response, next: NextFunction) => {
    const token = sessionTokenOf(req);
    (token ? sessions.resolve(token) : Promise.resolve(null))
      .then((viewer) => {
        if (!viewer)
          res.status(401).type('text').send('Sign in as a platform admin to see the queues.');
        else if (viewer.role !== 'ADMIN')
          res.status(403).type('text').send('Only platform admins may see the queues.');
        else next();
      })
      .catch(next);
  };
  return [guard, adapter.getRouter() as Router];
}
