import type { QueueProducer } from '@leerhuis/platform-queue';

import { DigestFrequency } from '../digest-schedule';
import type { DigestScheduleRepository, PlannableMember } from '../digest-schedule.repository';
import { DIGEST_CHUNK_SIZE, PlanDigestsJob } from './plan-digests.job';

describe(PlanDigestsJob.name, () => {
  it('plans unplanned members, then fans due members out in chunks with deterministic ids', async () => {
    const unplanned: PlannableMember[] = [
      { memberId: 'u1', frequency: DigestFrequency.DAILY, weekday: 1, time: '08:00' },
    ];
    const planned: { memberId: string; at: Date }[] = [];
    const due = Array.from(
      { length: DIGEST_CHUNK_SIZE * 2 + 1 },
      (_, i) => `m${String(i).padStart(4, '0')}`,
    );
    const schedule = {
      unplanned: jest.fn(async (after: string | null) => (after ? [] : unplanned)),
      plan: jest.fn(async (rows: { memberId: string; at: Date }[]) => void planned.push(...rows)),
      dueMemberIds: jest.fn(async () => due),
    };
    const added: { name: string; data: { memberIds: string[] }; opts: { jobId: string } }[] = [];
    const producer = {
      queue: () => ({ addBulk: async (jobs: typeof added) => void added.push(...jobs) }),
    };
    const job = new PlanDigestsJob(
      schedule as unknown as DigestScheduleRepository,
      producer as unknown as QueueProducer,
    );
    await job.handle();

    expect(planned).toHaveLength(1);
    expect(planned[0].at.getTime()).toBeGreaterThan(Date.now());
    expect(added.map((a) => a.data.memberIds.length)).toEqual([
      DIGEST_CHUNK_SIZE,
      DIGEST_CHUNK_SIZE,
      1,
    ]);
    expect(added.map((a) => a.name)).toEqual(['send-digests', 'send-digests', 'send-digests']);
    expect(added[1].opts.jobId).toMatch(new RegExp(`^digests-\\d+-${due[DIGEST_CHUNK_SIZE]}$`));
  });
});
