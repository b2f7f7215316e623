import { insertCommunity } from '../integration/communities-support';
import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, useBrowserStack } from './browser';

describe('Intervisie: a moderator removes a participant in the web app', () => {
  const ui = useBrowserStack();

  it('does take a participant out of the group after a second click, on record', async () => {
    const mod = await insertMember(ui.stack, { email: 'mo@minbzk.nl', name: 'Mo Begeleider' });
    const anna = await insertMember(ui.stack, { email: 'an@minbzk.nl', name: 'Anna Deelnemer' });
    const bas = await insertMember(ui.stack, { email: 'ba@minbzk.nl', name: 'Bas Deelnemer' });
    const communityId = await insertCommunity(ui.stack, {
      name: 'Ketenregie',
      slug: 'ketenregie',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: mod, role: 'COORDINATOR' }, { memberId: anna }, { memberId: bas }],
    });
    // Setup through the API: a group with two participants who accepted the agreement.
    const api = await sessionFor(ui.stack, 'mo@minbzk.nl');
    const created = await api.ok<{ createIntervisionGroup: { id: string } }>(
      `mutation($input: CreateIntervisionGroupInput!) { createIntervisionGroup(input: $input) { id } }`,
      { input: { name: 'Groep Zuid', communityId, confidentialityText: 'Blijft binnen.' } },
    );
    const groupId = created.createIntervisionGroup.id;
    for (const [id, email] of [
      [anna, 'an@minbzk.nl'],
      [bas, 'ba@minbzk.nl'],
    ]) {
      await api.ok(
        `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`,
        { g: groupId, m: id },
      );
      await (
        await sessionFor(ui.stack, email)
      ).ok(
        `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`,
        { g: groupId },
      );
    }

    const moderator = await ui.signedInAs('mo@minbzk.nl');
    await moderator.goto(`/intervisie/groepen/${groupId}`);
    const members = moderator.getByRole('region', { name: 'Deelnemers' });
    await members.getByText('Bas Deelnemer – Deelnemer').waitFor();
    // No control to remove oneself.
    expect(
      await members.getByRole('button', { name: 'Mo Begeleider uit de groep halen' }).count(),
    ).toBe(0);
    await members.getByRole('button', { name: 'Bas Deelnemer uit de groep halen' }).click();
    await members
      .getByText('Bas Deelnemer leest de casussen dan niet meer', { exact: false })
      .waitFor();
    await expectAccessible(moderator, 'intervision group page, confirming a removal');
    await members.getByRole('button', { name: 'Ja, uit de groep halen' }).click();
    await members.getByText('Bas Deelnemer doet niet meer mee met deze groep.').waitFor();
    await members.getByText('Bas Deelnemer – Deelnemer').waitFor({ state: 'detached' });
    await members.getByText('Anna Deelnemer – Deelnemer').waitFor();

    const rows: { action: string }[] = await ui.stack.dataSource.query(
      `SELECT action FROM intervision_audit WHERE group_id = $1 AND action = 'member.removed'`,
      [groupId],
    );
    expect(rows).toHaveLength(1);
    const removed = await ui.signedInAs('ba@minbzk.nl');
    await removed.goto(`/intervisie/groepen/${groupId}`);
    await removed.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
  });
});
