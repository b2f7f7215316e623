import { QueueProducer } from '@leerhuis/platform-queue';

import { insertMember } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { DIGEST_SUBJECT, makeDue, notDue, runDigests } from './digests-support';

// A chunk of digests goes out as one batch (Mailer.sendBatch): a refused address is
// suppressed without holding up the others, a suppressed one gets nothing, and a temporary
// failure retries the chunk without anyone getting a digest twice.
describe('digests: delivery failures within a chunk', () => {
  let stack: TestStack;
  let producer: QueueProducer;
  const id: Record<string, string> = {};
  const sql = (query: string, params: unknown[] = []) => stack.dataSource.query(query, params);
  const digestsTo = (name: string) =>
    stack.mail.messagesTo(`${name}@example.nl`).filter((m) => DIGEST_SUBJECT.test(m.subject));

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    producer = stack.worker!.get(QueueProducer);
    for (const name of ['auteur', 'bounce', 'grijs', 'gewoon', 'onderdrukt']) {
      id[name] = await insertMember(stack, { email: `${name}@example.nl`, name });
    }
    const cop = await insertCommunity(stack, {
      name: 'Leverkring',
      slug: 'leverkring',
      joinPolicy: 'OPEN',
      members: Object.values(id).map((memberId) => ({ memberId })),
    });
    await sql(
      `INSERT INTO discussion_thread (community_id, author_id, title, body, created_at, last_activity_at)
       VALUES ($1, $2, 'Wie levert?', 'Een vraag.', now() - interval '1 day', now() - interval '1 day')`,
      [cop, id.auteur],
    );
    await sql(
      `INSERT INTO email_suppression (address, reason, smtp_code) VALUES ('onderdrukt@example.nl', 'PERMANENT_FAILURE', 550)`,
    );
    await notDue(stack, [id.auteur]);
  });
  afterAll(() => stack?.stop());

  it('suppresses a 5xx, skips the suppressed, retries a 4xx and sends each digest once', async () => {
    stack.mail.refuse('bounce@example.nl', { code: 550, message: 'No such user here' });
    stack.mail.refuse('grijs@example.nl', { code: 451, message: 'Greylisted', times: 1 });
    await makeDue(stack, [id.bounce, id.grijs, id.gewoon, id.onderdrukt]);
    await runDigests(stack, producer);

    expect(digestsTo('gewoon')).toHaveLength(1);
    expect(digestsTo('grijs')).toHaveLength(1);
    expect(digestsTo('bounce')).toHaveLength(0);
    expect(digestsTo('onderdrukt')).toHaveLength(0);
    const sent: { key: string }[] = await sql(
      `SELECT key FROM sent_email WHERE key LIKE 'digest:%' ORDER BY key`,
    );
    expect(sent.map((r) => r.key.split(':')[1]).sort()).toEqual([id.gewoon, id.grijs].sort());
    const failures: { recipient: string; permanent: boolean; smtp_code: number }[] = await sql(
      `SELECT recipient, permanent, smtp_code FROM email_failure ORDER BY recipient`,
    );
    expect(failures).toEqual([
      { recipient: 'bounce@example.nl', permanent: true, smtp_code: 550 },
      { recipient: 'grijs@example.nl', permanent: false, smtp_code: 451 },
    ]);
    const [suppressed]: { reason: string }[] = await sql(
      `SELECT reason FROM email_suppression WHERE address = 'bounce@example.nl'`,
    );
    expect(suppressed).toEqual({ reason: 'PERMANENT_FAILURE' });
  }, 60_000);
});
