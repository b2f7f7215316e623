import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { MY_STATUS, OPT_IN, settle, storedGroups } from './coffee-dates-support';

/** A submitted boundary-spanner profile with a visibility (setup, as the questionnaire stores it). */
async function insertProfile(
  stack: TestStack,
  memberId: string,
  preferred: string,
  visibility: 'PRIVATE' | 'EVERYONE',
): Promise<void> {
  const [attempt]: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version, submitted_at)
     VALUES ($1, 1, now()) RETURNING id`,
    [memberId],
  );
  const scores = {
    VERBINDER: 40,
    MOTIVATOR: 50,
    CARTOGRAAF: 40,
    HELD: 30,
    VINDER: 60,
    ONDERHANDELAAR: 45,
  };
  await stack.dataSource.query(
    `INSERT INTO boundary_spanner_profile (member_id, attempt_id, questionnaire_version, scores, preferred_styles)
     VALUES ($1, $2, 1, $3, $4)`,
    [memberId, attempt.id, JSON.stringify({ ...scores, [preferred]: 95 }), [preferred]],
  );
  await stack.dataSource.query(
    `INSERT INTO boundary_spanner_setting (member_id, visibility) VALUES ($1, $2)`,
    [memberId, visibility],
  );
}

describe('coffee dates: the schedule, profiles in the match email, reminder and close', () => {
  let stack: TestStack;
  let producer: QueueProducer;
  const ids: Record<string, string> = {};
  const client: Record<string, GraphqlClient> = {};

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    producer = stack.worker!.get(QueueProducer);
    for (const [name, organisationId] of [
      ['open', MINISTRY.EZK],
      ['private', MINISTRY.BZK],
    ] as const) {
      const email = `${name}@rijksoverheid.nl`;
      ids[name] = await insertMember(stack, { email, name: `Lid ${name}`, organisationId });
      client[name] = await sessionFor(stack, email);
    }
    await insertProfile(stack, ids.open, 'CARTOGRAAF', 'EVERYONE');
    await insertProfile(stack, ids.private, 'VERBINDER', 'PRIVATE');
    // The invitation comes by email only for members who want koffiedate news immediately.
    await stack.dataSource.query(`UPDATE notification_settings SET coffee_date = 'IMMEDIATE'`);
  });
  afterAll(() => stack?.stop());

  /** Runs a koffiedate job through BullMQ, as its job scheduler would. */
  async function runJob(name: string): Promise<void> {
    await producer.queue(QueueName.CoffeeDates).add(name, {});
    await settle(stack);
  }

  // The round's steps as the tests before take them, for a test that starts further on; a step
  // already taken (the whole file in order) is skipped.
  /** The round opened by its scheduled job, every member invited. */
  async function roundOpened(): Promise<void> {
    if ((await countRows(stack, 'coffee_date_round')) > 0) return;
    await runJob('open-coffee-date-round');
  }
  /** ...both members opted in and matched by the heartbeat after the sign-up deadline. */
  async function roundMatched(): Promise<void> {
    await roundOpened();
    if ((await countRows(stack, 'coffee_date_match')) > 0) return;
    for (const who of ['open', 'private']) await client[who].ok(OPT_IN, { everyMonth: false });
    await stack.dataSource.query(`UPDATE coffee_date_round SET opens_at = now() - interval '8 days',
      signup_deadline = now() - interval '1 minute'`);
    await runJob('advance-coffee-date-rounds');
    for (const who of ['open', 'private']) {
      await waitFor(
        async () =>
          stack.mail
            .messagesTo(`${who}@rijksoverheid.nl`)
            .find((m) => /^Je koffiedate/.test(m.subject)),
        'a match email',
      );
    }
  }

  it('does keep the monthly opening and the heartbeat as job schedulers in Europe/Amsterdam', async () => {
    const schedulers = await producer.queue(QueueName.CoffeeDates).getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'coffee-date-open-round',
          pattern: '0 9 1 * *',
          tz: 'Europe/Amsterdam',
        }),
        expect.objectContaining({
          key: 'coffee-date-advance-rounds',
          pattern: '*/15 * * * *',
          tz: 'Europe/Amsterdam',
        }),
      ]),
    );
  });

  it('does open the round from the scheduled job, once, and invite with a questionnaire link only to those without a profile', async () => {
    await runJob('open-coffee-date-round');
    await runJob('open-coffee-date-round');
    const rounds = await stack.dataSource.query(`SELECT id, state FROM coffee_date_round`);
    expect(rounds).toEqual([{ id: expect.any(String), state: 'OPEN' }]);
    for (const who of ['open', 'private']) {
      const invitations = stack.mail.messagesTo(`${who}@rijksoverheid.nl`);
      expect(invitations).toHaveLength(1);
      expect(invitations[0].text).not.toContain('Grenswerkersvragen invullen');
    }
  });

  it("does match on the profiles but shows a partner's style only where that partner shares it", async () => {
    await roundOpened();
    for (const who of ['open', 'private']) await client[who].ok(OPT_IN, { everyMonth: false });
    // The sign-up deadline passes; the heartbeat starts the matching.
    await stack.dataSource.query(`UPDATE coffee_date_round SET opens_at = now() - interval '8 days',
      signup_deadline = now() - interval '1 minute'`);
    await runJob('advance-coffee-date-rounds');
    await waitFor(
      async () =>
        stack.mail
          .messagesTo('private@rijksoverheid.nl')
          .find((m) => /^Je koffiedate/.test(m.subject)),
      'a match email',
    );
    const toPrivate = stack.mail
      .messagesTo('private@rijksoverheid.nl')
      .find((m) => /^Je koffiedate/.test(m.subject))!;
    expect(toPrivate.text).toContain('Voorkeursstijl: Cartograaf');
    const toOpen = await waitFor(
      async () =>
        stack.mail
          .messagesTo('open@rijksoverheid.nl')
          .find((m) => /^Je koffiedate/.test(m.subject)),
      'a match email',
    );
    expect(toOpen.text).toContain('Lid private heeft geen grenswerkersprofiel gedeeld.');
    expect(toOpen.text).not.toContain('Verbinder');
    // Both styles counted in the matching (latestFor ignores visibility; stats are totals).
    const styles = await stack.dataSource.query(
      `SELECT member_id, preferred_styles FROM coffee_date_participant ORDER BY member_id`,
    );
    expect(styles.map((s: { preferred_styles: string[] }) => s.preferred_styles).sort()).toEqual([
      ['cartograaf'],
      ['verbinder'],
    ]);
  });

  it('does send the feedback reminder once near the end, then closes the round with stats', async () => {
    await roundMatched();
    const [{ id: roundId }] = await stack.dataSource.query(`SELECT id FROM coffee_date_round`);
    const [group] = await storedGroups(stack, roundId);
    await stack.dataSource.query(
      `UPDATE coffee_date_match_member SET met = true, rating = 5, feedback_at = now()
        WHERE match_id = $1 AND member_id = $2`,
      [group.matchId, ids.open],
    );
    await stack.dataSource.query(
      `UPDATE coffee_date_round SET reminder_at = now() - interval '1 minute'`,
    );
    await runJob('advance-coffee-date-rounds');
    await runJob('advance-coffee-date-rounds');
    const reminders = (email: string) =>
      stack.mail.messagesTo(email).filter((m) => /^Heb je je koffiedate/.test(m.subject));
    expect(reminders('private@rijksoverheid.nl')).toHaveLength(1);
    expect(reminders('open@rijksoverheid.nl')).toHaveLength(0); // already reported

    await stack.dataSource.query(
      `UPDATE coffee_date_round SET closes_at = now() - interval '1 minute'`,
    );
    await runJob('advance-coffee-date-rounds');
    const [round] = await stack.dataSource.query(`SELECT state, stats FROM coffee_date_round`);
    expect(round.state).toBe('CLOSED');
    expect(round.stats).toMatchObject({
      participants: 2,
      matched: 2,
      pairs: 1,
      crossMinistryRate: 1,
      reportedMeetings: 1,
      averageRating: 5,
      styleMix: [
        { style: 'cartograaf', count: 1 },
        { style: 'verbinder', count: 1 },
      ],
    });
    // With no round open, opting in is for the next one.
    const status = await client.open.ok<{ myCoffeeDate: { openRound: unknown } }>(MY_STATUS);
    expect(status.myCoffeeDate.openRound).toBeNull();
  });
});
