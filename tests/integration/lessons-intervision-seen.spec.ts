import { QueueProducer } from '@leerhuis/platform-queue';

import { startStack, TestStack } from '../support/stack';
import { DIGEST_SUBJECT, makeDue, notDue, runDigests } from './digests-support';
import { setUpIntervision } from './intervision-support';

const LESSONS = 'Vraag eerst wat de ander al geprobeerd heeft.';
const OPEN = `query($id: ID!) { readableLesson(id: $id) { id kind body } }`;

// A shared intervisie lesson has no uuid of its own, only a hashed key: opening it on /oogst
// must still keep it out of the member's next digest, as for every other lesson.
describe('lessons: an opened intervisie lesson', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
  });
  afterAll(() => stack?.stop());

  it('is left out of the next digest of who opened it, and only theirs', async () => {
    const w = await setUpIntervision(stack, 'gelezen-les');
    const [{ key }]: { key: string }[] = await stack.dataSource.query(
      `INSERT INTO intervision_case (group_id, owner_id, title, situation_what, question, state,
              method_snapshot, lessons, share_consent, share_consented_at, shared_scope, shared_at, closed_at)
       VALUES ($1, $2, 'Een casus', 'Wat er speelde', 'De vraag', 'CLOSED',
               '{"nameNl": "Incidentmethode", "nameEn": "Incident method"}', $3,
               'COMMUNITY', now(), 'COMMUNITY', now() - interval '1 hour', now() - interval '2 hours')
       RETURNING md5('intervision-lesson:' || id::text) AS key`,
      [w.groupId, w.ids.owner, LESSONS],
    );
    const opened = await w.clients.p1.ok<{ readableLesson: { kind: string; body: string } }>(OPEN, {
      id: `intervisie-${key}`,
    });
    expect(opened.readableLesson).toMatchObject({ kind: 'INTERVISION', body: LESSONS });

    const everyone = Object.values(w.ids);
    await notDue(stack, everyone);
    await makeDue(stack, [w.ids.p1, w.ids.p2]);
    await runDigests(stack, stack.worker!.get(QueueProducer));
    const digestOf = (email: string) =>
      stack.mail.messagesTo(email).filter((m) => DIGEST_SUBJECT.test(m.subject));
    // A closed CoP's digest names the lesson by its link only.
    const link = `/oogst/intervisie-${key}`;
    expect(digestOf(w.emails.p2)[0].text).toContain(link);
    // p1 still gets a digest (the new members), without the lesson they opened.
    expect(digestOf(w.emails.p1)).toHaveLength(1);
    expect(
      digestOf(w.emails.p1)
        .map((m) => m.text)
        .join('\n'),
    ).not.toContain(link);
  });
});
