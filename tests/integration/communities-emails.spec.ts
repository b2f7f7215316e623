import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const JOIN = `mutation($id: ID!) { joinCommunity(input: { communityId: $id }) { status } }`;
const REQUEST = `mutation($id: ID!, $motivation: String) {
  requestToJoinCommunity(input: { communityId: $id, motivation: $motivation }) { status }
}`;
const DECIDE = `mutation($input: DecideJoinRequestInput!) { decideJoinRequest(input: $input) { approved } }`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(input: { communityId: $id }) }`;

describe('communities: coordinators are emailed about requests to join', () => {
  let stack: TestStack;
  let coordinatorIds: string[];
  let moderatorId: string;
  let onRequestId: string;
  let openId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    coordinatorIds = [
      await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' }),
      await insertMember(stack, { email: 'kees@minfin.nl', name: 'Kees Kok' }),
    ];
    await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE id = $1`, [
      coordinatorIds[1],
    ]);
    moderatorId = await insertMember(stack, { email: 'mo@minbzk.nl', name: 'Mo Moderator' });
    await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lies Lid' });
    await insertMember(stack, {
      email: 'aanvrager@minfin.nl',
      name: 'Aad Aanvrager',
      organisationId: MINISTRY.FIN,
    });
    await insertMember(stack, { email: 'zonder@minbzk.nl', name: 'Zoë Zonder' });
    const leaders = [
      ...coordinatorIds.map((memberId) => ({ memberId, role: 'COORDINATOR' })),
      { memberId: moderatorId, role: 'MODERATOR' },
    ];
    onRequestId = await insertCommunity(stack, {
      name: 'Programmadirecteuren Rijk',
      slug: 'programmadirecteuren',
      joinPolicy: 'ON_REQUEST',
      members: leaders,
    });
    openId = await insertCommunity(stack, {
      name: 'Open keten',
      slug: 'open-keten',
      joinPolicy: 'OPEN',
      members: leaders,
    });
  });
  afterAll(() => stack?.stop());

  /** Every recorded event relayed and every mail job done: what is not sent now never is. */
  const mailSettled = () => stack.settle();

  const requestMails = () =>
    stack.mail.messages.filter((m) => /wil lid worden|asks to join/.test(m.subject));

  it('does email each coordinator once, in their language, with who, organisation, motivation and link', async () => {
    const applicant = await sessionFor(stack, 'aanvrager@minfin.nl');
    expect(
      await applicant.ok(REQUEST, {
        id: onRequestId,
        motivation: 'Ik leid het programma Ketenregie Financiën.',
      }),
    ).toEqual({ requestToJoinCommunity: { status: 'PENDING' } });

    const dutch = await waitFor(
      async () => stack.mail.messagesTo('anouk@minbzk.nl').find((m) => m.subject.includes('lid')),
      'the Dutch coordinator email',
    );
    expect(dutch.subject).toBe('Aad Aanvrager wil lid worden van Programmadirecteuren Rijk');
    expect(dutch.text).toContain('Aad Aanvrager (Ministerie van Financiën (FIN))');
    expect(dutch.text).toContain('Ik leid het programma Ketenregie Financiën.');
    expect(dutch.text).toContain(`${stack.apiUrl}/communities/programmadirecteuren/beheer`);
    expect(dutch.html).toContain('Ik leid het programma Ketenregie Financiën.');

    const english = await waitFor(
      async () => stack.mail.messagesTo('kees@minfin.nl').find((m) => m.subject.includes('join')),
      'the English coordinator email',
    );
    expect(english.subject).toBe('Aad Aanvrager asks to join Programmadirecteuren Rijk');
    expect(english.text).toContain('Motivation:');
    expect(english.text).toContain('Ik leid het programma Ketenregie Financiën.');

    await mailSettled();
    // Exactly one per coordinator: not to the moderator, the applicant or anyone else.
    expect(
      requestMails()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(['anouk@minbzk.nl', 'kees@minfin.nl']);
    expect(await countRows(stack, 'sent_email', `key LIKE 'community-join-request:%'`, [])).toBe(2);

    // Re-relaying the event (a crash before it was marked) sends nothing again.
    await stack.dataSource.query(
      `UPDATE outbox_event SET dispatched_at = NULL WHERE type = 'communities.join-requested'`,
    );
    await mailSettled();
    expect(requestMails()).toHaveLength(2);
  });

  it('does say when no motivation was given', async () => {
    const applicant = await sessionFor(stack, 'zonder@minbzk.nl');
    await applicant.ok(REQUEST, { id: onRequestId });
    const mail = await waitFor(
      async () =>
        stack.mail
          .messagesTo('anouk@minbzk.nl')
          .find((m) => m.subject.startsWith('Zoë Zonder wil lid worden')),
      'the email about a request without motivation',
    );
    expect(mail.text).toContain('Er is geen motivatie meegegeven.');
    expect(mail.text).toContain('Zoë Zonder (Ministerie van Binnenlandse Zaken');
    // Declining it afterwards emails the applicant, not the coordinators again.
    const anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    const zoeId: string = (
      await stack.dataSource.query(`SELECT id FROM member WHERE email = 'zonder@minbzk.nl'`)
    )[0].id;
    await anouk.ok(DECIDE, {
      input: { communityId: onRequestId, memberId: zoeId, approve: false },
    });
    await waitFor(
      async () => stack.mail.messagesTo('zonder@minbzk.nl').length === 1,
      'the decision email',
    );
    await mailSettled();
    expect(requestMails().filter((m) => m.subject.startsWith('Zoë'))).toHaveLength(2);
  });

  it('does not email anyone when a member joins an open CoP', async () => {
    const before = stack.mail.messages.length;
    const member = await sessionFor(stack, 'lid@minbzk.nl');
    expect(await member.ok(JOIN, { id: openId })).toEqual({ joinCommunity: { status: 'ACTIVE' } });
    // Asking to join an open CoP admits at once: no request, so no email either.
    await member.ok(LEAVE, { id: openId });
    expect(await member.ok(REQUEST, { id: openId, motivation: 'Graag!' })).toEqual({
      requestToJoinCommunity: { status: 'ACTIVE' },
    });
    await mailSettled();
    expect(stack.mail.messages.slice(before)).toEqual([]);
  });
});
