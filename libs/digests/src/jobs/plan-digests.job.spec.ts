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
    // Deterministic per slot and chunk: a retried planner adds the same ids (BullMQ drops them).
    const ids = added.map((a) => a.opts.jobId);
    expect(ids[1]).toMatch(/^digests-\d+-[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(3);
    const again: typeof added = [];
    added.length = 0;
    await job.handle();
    again.push(...added);
    expect(again.map((a) => a.opts.jobId)).toEqual(ids);
  });

  it('gives a later chunk in the same slot its own id when other members are due', async () => {
    let due = ['m1', 'm2'];
    const schedule = {
      unplanned: jest.fn(async () => []),
      plan: jest.fn(async () => undefined),
      dueMemberIds: jest.fn(async () => due),
    };
    const ids: string[] = [];
    const producer = {
      queue: () => ({
        addBulk: async (jobs: { opts: { jobId: string } }[]) =>
          void ids.push(...jobs.map((j) => j.opts.jobId)),
      }),
    };
    const job = new PlanDigestsJob(
      schedule as unknown as DigestScheduleRepository,
      producer as unknown as QueueProducer,
    );
    await job.handle();
    // m1 read their digest and is due again within the quarter hour: not dropped as a repeat.
    due = ['m1'];
    await job.handle();
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
