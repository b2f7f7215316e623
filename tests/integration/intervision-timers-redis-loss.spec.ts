import { SweepIntervisionTimersJob } from '@leerhuis/intervision';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import { startStack, type TestStack } from '../support/stack';
import {
  ACCEPT,
  ADVANCE,
  draftCase,
  type IntervisionWorld,
  METHOD,
  setUpIntervision,
} from './intervision-support';

/**
 * A phase's reminder and advance wait as delayed jobs in Redis. When Redis loses them, the
 * timer sweep puts them back from PostgreSQL with the same ids, and the phase still advances.
 */
describe('intervisie timers lost with Redis', () => {
  let stack: TestStack;
  let w: IntervisionWorld;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await setUpIntervision(stack);
  });
  afterAll(() => stack?.stop());

  it('does restore a lost reminder and advance, and the restored advance moves the phase on', async () => {
    const caseId = await draftCase(w.clients.owner, w.groupId);
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
    await w.clients.moderator.ok(ADVANCE, {
      input: { caseId, windowSeconds: 600, autoAdvance: true },
    });
    // The timers of phase 1 (the clarifying questions); phase 0's stale ones do not matter.
    const producer = stack.worker!.get(QueueProducer);
    const timers = async () =>
      (
        await Promise.all(
          [QueueName.Intervision, QueueName.Mail].map((q) =>
            producer.queue(q).getJobs(['delayed', 'waiting']),
          ),
        )
      )
        .flat()
        .filter((j) => new RegExp(`^intervision-(reminder|advance)-${caseId}-1-`).test(j.id ?? ''));
    await waitFor(async () => (await timers()).length === 2, 'the reminder and advance jobs');

    // Redis loses them.
    for (const job of await timers()) await job.remove();
    expect(await timers()).toHaveLength(0);

    await stack.worker!.get(SweepIntervisionTimersJob).handle();
    expect((await timers()).map((j) => j.id?.replace(/-\d+$/, '')).sort()).toEqual([
      `intervision-advance-${caseId}-1`,
      `intervision-reminder-${caseId}-1`,
    ]);
    // A second sweep adds nothing: the ids are the same.
    await stack.worker!.get(SweepIntervisionTimersJob).handle();
    expect(await timers()).toHaveLength(2);

    // Its time comes: the restored advance runs and the phase moves on.
    const advance = (await timers()).find((j) => j.id?.startsWith('intervision-advance-'))!;
    await advance.promote();
    await waitFor(
      async () =>
        (
          await stack.dataSource.query(`SELECT current_phase FROM intervision_case WHERE id = $1`, [
            caseId,
          ])
        )[0].current_phase === 2,
      'the restored advance to move the phase on',
      20_000,
    );
  }, 90_000);
});
