import type { SentEmailLog } from '@leerhuis/platform-mail';

import { CoffeeDateMatchKind } from '../entities/coffee-date-match.entity';
import { CoffeeDateRoundEntity, CoffeeDateRoundState } from '../entities/coffee-date-round.entity';
import type { MemberContactRepository } from '../member-contact.repository';
import type { CoffeeDateProfiles } from '../profile-source';
import type { RoundRepository } from '../round.repository';
import type { RoundGroupRepository } from '../round-group.repository';
import type { UnmatchedRepository } from '../unmatched.repository';
import type { CoffeeDateMail } from './coffee-date-mail';
import { inParallel } from './in-parallel';
import { SendCoffeeDateMatchesJob } from './send-coffee-date-matches.job';

function fakes(state: CoffeeDateRoundState) {
  const round = { id: 'r1', state } as CoffeeDateRoundEntity;
  const contact = (id: string) => ({ id, email: `${id}@x.nl`, name: id, language: 'nl' as const });
  // One fake for the round's repositories and the send log: each reads what it needs.
  const rounds = {
    findById: jest.fn(async () => round),
    groups: jest.fn(async () => [
      {
        matchId: 'm1',
        kind: CoffeeDateMatchKind.PAIR,
        score: 1,
        reasons: [],
        slotStartsAt: new Date(),
        memberIds: ['a', 'b'],
      },
    ]),
    unmatched: jest.fn(async () => [
      { memberId: 'c', reason: 'only-participant', details: {}, dissolvedMatchId: null },
    ]),
    contacts: jest.fn(async (ids: string[]) => new Map(ids.map((id) => [id, contact(id)]))),
    // b's match email went out before (a job run again after a crash).
    sentKeys: jest.fn(async () => new Set(['coffee-date-match:m1:b'])),
  };
  const profiles = { latestFor: jest.fn(async () => new Map()) };
  const mail = {
    sendMatch: jest.fn(async () => undefined),
    sendUnmatched: jest.fn(async () => undefined),
  };
  const job = new SendCoffeeDateMatchesJob(
    rounds as unknown as RoundRepository,
    rounds as unknown as RoundGroupRepository,
    rounds as unknown as UnmatchedRepository,
    rounds as unknown as MemberContactRepository,
    rounds as unknown as SentEmailLog,
    profiles as unknown as CoffeeDateProfiles,
    mail as unknown as CoffeeDateMail,
  );
  return { job, mail };
}

describe(SendCoffeeDateMatchesJob.name, () => {
  it('does email every member of every group not emailed yet, and everyone left out', async () => {
    const { job, mail } = fakes(CoffeeDateRoundState.MATCHED);
    await job.handle({ roundId: 'r1' });
    expect(mail.sendMatch.mock.calls.map((call) => (call as unknown[])[2])).toEqual([
      expect.objectContaining({ id: 'a' }),
    ]);
    expect(mail.sendUnmatched).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'r1' }),
      expect.objectContaining({ memberId: 'c', reason: 'only-participant' }),
      expect.objectContaining({ id: 'c' }),
      expect.any(Set),
    );
  });

  it('does nothing for a round that is not matched (yet, or any more)', async () => {
    for (const state of [CoffeeDateRoundState.OPEN, CoffeeDateRoundState.CLOSED]) {
      const { job, mail } = fakes(state);
      await job.handle({ roundId: 'r1' });
      expect(mail.sendMatch).not.toHaveBeenCalled();
      expect(mail.sendUnmatched).not.toHaveBeenCalled();
    }
  });
});

describe(inParallel.name, () => {
  it('does run every task with at most the limit in flight, and fails after the rest ran', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    const tasks = Array.from({ length: 20 }, (_, i) => async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Tasks finish in a mixed order: one to three turns of the event loop.
      for (let turn = 0; turn <= i % 3; turn++) await new Promise(setImmediate);
      inFlight--;
      if (i === 4) throw new Error('smtp down');
      done.push(i);
    });
    await expect(inParallel(tasks, 6)).rejects.toThrow('smtp down');
    expect(most).toBe(6);
    expect(done).toHaveLength(19);
  });
});
