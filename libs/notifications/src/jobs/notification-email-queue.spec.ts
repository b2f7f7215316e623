import type { AppConfig } from '@leerhuis/platform-config';
import type { QueueProducer } from '@leerhuis/platform-queue';

import { NotificationEmailQueue } from './notification-email-queue';

describe(NotificationEmailQueue.name, () => {
  const enqueued: { data: unknown; options: { jobId?: string; delay?: number } }[] = [];
  const producer = {
    enqueue: async (_job: unknown, data: unknown, options: { jobId?: string; delay?: number }) => {
      enqueued.push({ data, options });
    },
  } as unknown as QueueProducer;
  const queue = new NotificationEmailQueue(producer, {
    NOTIFICATION_BATCH_MINUTES: 15,
  } as AppConfig);

  beforeEach(() => enqueued.splice(0));

  it('does send at once after a quiet spell, else at the end of the window', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(queue.dueAt(null, now)).toEqual(now);
    expect(queue.dueAt(new Date('2026-11-22T09:40:00Z'), now)).toEqual(now);
    expect(queue.dueAt(new Date('2026-11-22T09:50:00Z'), now)).toEqual(
      new Date('2026-11-22T10:05:00Z'),
    );
  });

  it('does give every event in one window the same job id, and a re-enqueue its own', async () => {
    const last = new Date(Date.now() - 5 * 60_000);
    await queue.schedule('m1', last);
    await queue.schedule('m1', last);
    const id = `notification-email-m1-${last.getTime() + 15 * 60_000}`;
    expect(enqueued.map((e) => e.options.jobId)).toEqual([id, id]);
    expect(enqueued[0].options.delay).toBeGreaterThan(9 * 60_000);
    await queue.schedule('m1', last, id);
    expect(enqueued[2].options.jobId).toBe(`${id}-again`);
  });
});
