import type { ViewerRequest } from '@leerhuis/platform-graphql';
import { QueueProducer } from '@leerhuis/platform-queue';

import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Bull Board for platform admins, in a Fastify scope of its own whose onRequest hook checks
 * the viewer the session hook has put on the request (that hook runs first: it is global).
 */
export async function bullBoard(
  app: NestFastifyApplication,
  producer: QueueProducer,
): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: producer.allQueues().map((queue) => new BullMQAdapter(queue)),
    serverAdapter: adapter,
  });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const viewer = (request as ViewerRequest).viewer;
      if (!viewer) {
        return reply
          .status(401)
          .type('text/plain; charset=utf-8')
          .send('Sign in as a platform admin to see the queues.');
      }
      if (viewer.role !== 'ADMIN') {
        return reply
          .status(403)
          .type('text/plain; charset=utf-8')
          .send('Only platform admins may see the queues.');
      }
      return undefined;
    });
    await scope.register(adapter.registerPlugin(), { prefix: BULL_BOARD_PATH });
  });
}
