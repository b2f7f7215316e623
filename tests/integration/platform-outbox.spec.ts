import { identityEventSubscriptions } from '@leerhuis/identity';
import { type DomainEvent, OutboxRelay, recordEvent } from '@leerhuis/platform-events';
import { Mailer } from '@leerhuis/platform-mail';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';

const REQUEST = `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`;

describe('the outbox', () => {
  let stack: TestStack;
  let relay: OutboxRelay;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    relay = stack.worker!.get(OutboxRelay);
  });
  afterAll(() => stack.stop());

  const emailsTo = (address: string) => stack.mail.messagesTo(address).length;
  const sentEmailRows = async (address: string) =>
    (
      await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM sent_email WHERE recipient = $1`,
        [address],
      )
    )[0].n as number;

  it('never turns an event from a rolled-back transaction into a job or an email', async () => {
    const event = identityEventSubscriptions[0].event as DomainEvent<Record<string, unknown>>;
    await expect(
      stack.dataSource.transaction(async (manager) => {
        await recordEvent(manager, event, {
          linkId: '00000000-0000-4000-8000-00000000dead',
          email: 'rolled-back@minbzk.nl',
          token: 'x'.repeat(43),
          language: 'nl',
          expiresAt: new Date(Date.now() + 60_000).toISOString(),
        });
        throw new Error('the change that caused the event failed');
      }),
    ).rejects.toThrow('the change that caused the event failed');

    // A committed request afterwards is delivered; by then the rolled-back one would have been.
    await stack.graphql.ok(REQUEST, { email: 'committed@minbzk.nl' });
    await waitFor(async () => emailsTo('committed@minbzk.nl') === 1, 'the committed email');
    expect(await relay.drain()).toBe(0);
    await stack.settle();

    const outbox: { payload: { email: string } }[] = await stack.dataSource.query(
      `SELECT payload FROM outbox_event`,
    );
    expect(outbox.map((e) => e.payload.email)).toEqual(['committed@minbzk.nl']);
    const jobs = await stack.worker!.get(QueueProducer).queue(QueueName.Mail).getJobs();
    expect(jobs.filter((job) => job.data.email === 'rolled-back@minbzk.nl')).toEqual([]);
    expect(emailsTo('rolled-back@minbzk.nl')).toBe(0);
    expect(await sentEmailRows('rolled-back@minbzk.nl')).toBe(0);
  });

  it('relays each event once, however many relays drain at the same time', async () => {
    const addresses = Array.from({ length: 6 }, (_, i) => `concurrent-${i}@minbzk.nl`);
    await Promise.all(addresses.map((email) => stack.graphql.ok(REQUEST, { email })));
    // The worker's LISTEN relay drains too: three relays race for the same rows.
    await Promise.all([relay.drain(), relay.drain()]);

    await waitFor(
      async () => addresses.every((a) => emailsTo(a) === 1),
      'one email per sign-in request',
    );
    await stack.settle();
    for (const address of addresses) {
      expect(emailsTo(address)).toBe(1);
      expect(await sentEmailRows(address)).toBe(1);
    }
    const attempts: { attempts: number }[] = await stack.dataSource.query(
      `SELECT attempts FROM outbox_event WHERE payload->>'email' = ANY($1)`,
      [addresses],
    );
    expect(attempts.map((row) => row.attempts)).toEqual(addresses.map(() => 1));
  });

  it('sends nothing twice when a dispatched event is relayed again (crash before marking)', async () => {
    await stack.graphql.ok(REQUEST, { email: 'redelivered@minbzk.nl' });
    await waitFor(async () => emailsTo('redelivered@minbzk.nl') === 1, 'the first email');

    await stack.dataSource.query(
      `UPDATE outbox_event SET dispatched_at = NULL WHERE payload->>'email' = 'redelivered@minbzk.nl'`,
    );
    await waitFor(
      async () =>
        (await relay.drain()) === 0 &&
        (
          await stack
            .worker!.get(QueueProducer)
            .queue(QueueName.Mail)
            .getJobCounts('wait', 'active')
        ).active === 0,
      'the re-relayed event to be handled',
    );
    await stack.settle();
    expect(emailsTo('redelivered@minbzk.nl')).toBe(1);
    expect(await sentEmailRows('redelivered@minbzk.nl')).toBe(1);
  });

  it('has the Mailer send a key only once, also when asked twice at the same time', async () => {
    const mailer = stack.worker!.get(Mailer);
    const email = (key: string, to: string) => ({
      key,
      to,
      subject: 'Eén keer',
      html: '<p>Eén keer</p>',
      text: 'Eén keer',
    });

    expect(await mailer.send(email('test:sequential', 'once@minbzk.nl'))).toBe('sent');
    expect(await mailer.send(email('test:sequential', 'once@minbzk.nl'))).toBe('already-sent');

    const outcomes = await Promise.all([
      mailer.send(email('test:concurrent', 'at-once@minbzk.nl')),
      mailer.send(email('test:concurrent', 'at-once@minbzk.nl')),
    ]);
    expect(outcomes.sort()).toEqual(['already-sent', 'sent']);

    await stack.settle();
    expect(emailsTo('once@minbzk.nl')).toBe(1);
    expect(emailsTo('at-once@minbzk.nl')).toBe(1);
    expect(await sentEmailRows('once@minbzk.nl')).toBe(1);
    expect(await sentEmailRows('at-once@minbzk.nl')).toBe(1);
  });
});
