import { loggedKey } from '@leerhuis/platform-mail';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, signInTokenFromMail } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  ACCEPT,
  ADVANCE,
  draftCase,
  IntervisionWorld,
  METHOD,
  setUpIntervision,
} from './intervision-support';

/**
 * Delivery through the real SMTP catcher: the preference gate, permanent (5xx) and temporary
 * (4xx) failures, suppression and how a sign-in lifts it. The intervisie phase-opened email is
 * the member mail under test: it goes to every group member each time a phase opens.
 */
describe('mail delivery: preferences, bounces, retries and suppression', () => {
  let stack: TestStack;
  let w: IntervisionWorld;
  let caseId: string;
  let phase = 0;

  // Intervisie mail is confidential: the logs keep its key hashed, as the Mailer writes it.
  const phaseKey = (index: number, who: keyof IntervisionWorld['ids']) =>
    loggedKey({
      key: `intervision-phase-opened:${caseId}:${index}:${w.ids[who]}`,
      confidential: true,
    });
  const phaseMails = (index: number, who: keyof IntervisionWorld['emails']) =>
    stack.mail
      .messagesTo(w.emails[who])
      .filter((m) => m.subject.startsWith('Nieuwe fase geopend') && m.html.includes(caseId))
      .filter((m) => m.text.includes(`(${index + 1} van `));
  const sent = async (key: string) =>
    Number(
      (
        await stack.dataSource.query(`SELECT count(*)::int AS n FROM sent_email WHERE key = $1`, [
          key,
        ])
      )[0].n,
    );
  const failures = (key: string) =>
    stack.dataSource.query(
      `SELECT permanent, smtp_code, recipient FROM email_failure WHERE key = $1 ORDER BY id`,
      [key],
    ) as Promise<{ permanent: boolean; smtp_code: number | null; recipient: string | null }[]>;
  const suppression = async (address: string) =>
    (
      (await stack.dataSource.query(
        `SELECT reason, smtp_code, lifted_at, lifted_by FROM email_suppression WHERE address = $1`,
        [address],
      )) as { reason: string; smtp_code: number; lifted_at: Date | null; lifted_by: string }[]
    )[0];
  /** Opens the next phase and waits until the moderator's copy is out (the job ran). */
  async function nextPhase(): Promise<number> {
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    phase += 1;
    await waitFor(
      async () => (await sent(phaseKey(phase, 'moderator'))) === 1 || undefined,
      'moderator mail',
    );
    return phase;
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await setUpIntervision(stack, 'maildelivery');
    // p2 wants intervisie phases in the digest, not by email.
    await stack.dataSource.query(
      `UPDATE notification_settings SET intervision_phases = 'DIGEST' WHERE member_id = $1`,
      [w.ids.p2],
    );
    caseId = await draftCase(w.clients.owner, w.groupId);
  });
  afterAll(() => stack?.stop());

  // The case's steps as the tests before take them, for a test that starts further on; a step
  // already taken (the whole file in order) is skipped.
  /** Accepted: the first phase's email out to everyone who wants it immediately. */
  async function caseAccepted(): Promise<void> {
    const draft = await countRows(stack, 'intervision_case', `id = $1 AND state = 'DRAFT'`, [
      caseId,
    ]);
    if (draft === 0) return;
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
    for (const who of ['moderator', 'owner', 'p1'] as const) {
      await waitFor(async () => (await sent(phaseKey(0, who))) === 1 || undefined, `${who} mail`);
    }
    await stack.settle();
  }
  /** ...and p1's address suppressed after a 5xx on the next phase's email. */
  async function p1Suppressed(): Promise<void> {
    await caseAccepted();
    if (await suppression(w.emails.p1)) return;
    stack.mail.refuse(w.emails.p1, { code: 550, message: 'No such user here' });
    const index = await nextPhase();
    await waitFor(
      async () => (await failures(phaseKey(index, 'p1'))).length > 0 || undefined,
      'failure',
    );
    await stack.settle();
    await waitFor(async () => (await sent(phaseKey(index, 'owner'))) === 1 || undefined, 'owner');
  }

  it('does send the phase email only to members who want it immediately, with one-click unsubscribe', async () => {
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
    for (const who of ['moderator', 'owner', 'p1'] as const) {
      await waitFor(async () => (await sent(phaseKey(0, who))) === 1 || undefined, `${who} mail`);
    }
    // The job handles members one by one; let it pass p2 as well.
    await stack.settle();
    expect(phaseMails(0, 'p2')).toHaveLength(0);
    expect(await sent(phaseKey(0, 'p2'))).toBe(0);

    const mail = phaseMails(0, 'p1')[0];
    const header = mail.headers['list-unsubscribe'];
    expect(header).toMatch(
      new RegExp(`^<${stack.apiUrl}/unsubscribe/${w.ids.p1}\\.INTERVISION_PHASES\\.[\\w-]+>$`),
    );
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = header.slice(1, -1);
    // The footer carries the same link, the reason and where to change settings.
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.text).toContain(`Afmelden voor deze e-mails: ${url}`);
    expect(mail.text).toContain(`Kies wat je ontvangt: ${stack.apiUrl}/instellingen/meldingen`);
  });

  it('does record a 5xx, suppress the address and not retry', async () => {
    await caseAccepted();
    stack.mail.refuse(w.emails.p1, { code: 550, message: 'No such user here' });
    const index = await nextPhase();
    await waitFor(
      async () => (await failures(phaseKey(index, 'p1'))).length > 0 || undefined,
      'failure',
    );
    expect(await failures(phaseKey(index, 'p1'))).toEqual([
      // Confidential (intervisie) mail: the failure log names no recipient.
      { permanent: true, smtp_code: 550, recipient: null },
    ]);
    expect(await suppression(w.emails.p1)).toMatchObject({
      reason: 'PERMANENT_FAILURE',
      smtp_code: 550,
      lifted_at: null,
    });
    // No retry: once the queues are drained (a retry included) there is still one failure
    // and nothing sent.
    await stack.settle();
    expect(await failures(phaseKey(index, 'p1'))).toHaveLength(1);
    expect(await sent(phaseKey(index, 'p1'))).toBe(0);
    await waitFor(async () => (await sent(phaseKey(index, 'owner'))) === 1 || undefined, 'owner');
    expect(phaseMails(index, 'owner')).toHaveLength(1);
  });

  it('does send a suppressed address nothing, except a sign-in link, and signing in lifts it', async () => {
    await p1Suppressed();
    stack.mail.accept(w.emails.p1);
    const index = await nextPhase();
    await waitFor(async () => (await sent(phaseKey(index, 'owner'))) === 1 || undefined, 'owner');
    await stack.settle();
    expect(phaseMails(index, 'p1')).toHaveLength(0);
    expect(await sent(phaseKey(index, 'p1'))).toBe(0);
    expect(await failures(phaseKey(index, 'p1'))).toHaveLength(0);

    const before = stack.mail.messagesTo(w.emails.p1).length;
    await stack.graphql.ok(
      `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`,
      { email: w.emails.p1 },
    );
    const token = await signInTokenFromMail(stack, w.emails.p1, before);
    await stack.graphql.ok(
      `mutation($token: String!) { signInWithLink(input: { token: $token }) { sessionToken } }`,
      { token },
    );
    expect(await suppression(w.emails.p1)).toMatchObject({ lifted_by: 'SIGN_IN' });
    expect((await suppression(w.emails.p1)).lifted_at).not.toBeNull();

    const next = await nextPhase();
    await waitFor(async () => phaseMails(next, 'p1')[0], 'p1 gets mail again');
    // The job sends in no fixed order: let it finish before the next test refuses the owner.
    await waitFor(async () => (await sent(phaseKey(next, 'owner'))) === 1 || undefined, 'owner');
  });

  it('does retry a 4xx with backoff and deliver exactly once', async () => {
    await caseAccepted();
    stack.mail.refuse(w.emails.owner, { code: 451, message: 'Greylisted, try again', times: 1 });
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    phase += 1;
    const index = phase;
    await waitFor(
      async () => (await failures(phaseKey(index, 'owner'))).length > 0 || undefined,
      'failure',
    );
    expect(await failures(phaseKey(index, 'owner'))).toEqual([
      { permanent: false, smtp_code: 451, recipient: null },
    ]);
    await waitFor(async () => phaseMails(index, 'owner')[0], 'the retried mail', 15_000);
    // The catcher has the message a moment before the send-log row commits.
    await waitFor(async () => (await sent(phaseKey(index, 'owner'))) === 1 || undefined, 'log');
    expect(await suppression(w.emails.owner)).toBeUndefined();
    // Everyone got one copy, also those the failed attempt had already mailed.
    for (const who of ['moderator', 'owner', 'p1'] as const) {
      await waitFor(async () => (await sent(phaseKey(index, who))) === 1 || undefined, who);
      expect(phaseMails(index, who)).toHaveLength(1);
    }
  });
});
