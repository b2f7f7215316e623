import type { QueueProducer } from '@leerhuis/platform-queue';

import { reminderAt, ScheduleIntervisionDeadlineJob } from './schedule-intervision-deadline.job';

describe(ScheduleIntervisionDeadlineJob.name, () => {
  it('does schedule the reminder and the advance with deterministic ids', async () => {
    const enqueue = jest.fn().mockResolvedValue(undefined);
    const job = new ScheduleIntervisionDeadlineJob({ enqueue } as unknown as QueueProducer);
    const deadline = new Date(Date.now() + 10_000).toISOString();
    const data = {
      caseId: 'c1',
      phaseIndex: 2,
      openedAt: new Date().toISOString(),
      deadline,
      autoAdvance: true,
    };
    await job.handle(data);
    await job.handle(data);
    const ids = enqueue.mock.calls.map((call) => call[2].jobId as string);
    const ms = new Date(deadline).getTime();
    expect(ids).toEqual([
      `intervision-reminder-c1-2-${ms}`,
      `intervision-advance-c1-2-${ms}`,
      `intervision-reminder-c1-2-${ms}`,
      `intervision-advance-c1-2-${ms}`,
    ]);
    expect(ids.every((id) => !id.includes(':'))).toBe(true);
  });

  it('does nothing without a deadline, and no advance unless configured', async () => {
    const enqueue = jest.fn().mockResolvedValue(undefined);
    const job = new ScheduleIntervisionDeadlineJob({ enqueue } as unknown as QueueProducer);
    const base = { caseId: 'c', phaseIndex: 0, openedAt: new Date().toISOString() };
    await job.handle({ ...base, deadline: null, autoAdvance: true });
    expect(enqueue).not.toHaveBeenCalled();
    await job.handle({
      ...base,
      deadline: new Date(Date.now() + 5000).toISOString(),
      autoAdvance: false,
    });
    expect(enqueue).toHaveBeenCalledTimes(1);
  });

  it('does remind a day before a long window and halfway through a short one', () => {
    const opened = new Date('2026-11-22T09:00:00Z');
    expect(reminderAt(opened, new Date('2026-11-25T09:00:00Z')).toISOString()).toBe(
      '2026-11-24T09:00:00.000Z',
    );
    expect(reminderAt(opened, new Date('2026-11-22T09:00:10Z')).toISOString()).toBe(
      '2026-11-22T09:00:05.000Z',
    );
  });
});
