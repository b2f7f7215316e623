import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor, sessionTokenFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { SET_MODE, SETTINGS, storedSettings, UPDATE_SETTINGS } from './notifications-support';

interface Settings {
  digestFrequency: string;
  digestWeekday: number;
  digestTime: string;
  emailLanguage: string;
  mentions: string;
  replies: string;
  meetingChanges: string;
  coffeeDate: string;
  intervisionPhases: string;
  nextDigestAt: string | null;
  communities: { mode: string; community: { id: string; name: string; slug: string } }[];
}

describe('notifications: preferences', () => {
  let stack: TestStack;
  let anouk: GraphqlClient;
  let anoukId: string;
  let open: string;
  let closed: string;
  let hidden: string;
  let joinable: string;

  beforeAll(async () => {
    stack = await startStack();
    anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    const bram = await insertMember(stack, { email: 'bram@minfin.nl', name: 'Bram Bakker' });
    anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    open = await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'samenwerken-in-de-keten',
      joinPolicy: 'OPEN',
      members: [{ memberId: anoukId }, { memberId: bram }],
    });
    closed = await insertCommunity(stack, {
      name: 'Aanpak ondermijning',
      slug: 'aanpak-ondermijning',
      joinPolicy: 'INVITE_ONLY',
      members: [{ memberId: anoukId }],
    });
    hidden = await insertCommunity(stack, {
      name: 'Verborgen werkplaats',
      slug: 'verborgen-werkplaats',
      joinPolicy: 'HIDDEN',
      members: [{ memberId: bram }],
    });
    joinable = await insertCommunity(stack, {
      name: 'Data en ethiek',
      slug: 'data-en-ethiek',
      joinPolicy: 'OPEN',
      members: [{ memberId: bram }, { memberId: anoukId, status: 'PENDING' }],
    });
  });
  afterAll(() => stack?.stop());

  it('does show the defaults and the CoPs the member is an active member of', async () => {
    const { notificationSettings } = await anouk.ok<{ notificationSettings: Settings }>(SETTINGS);
    expect(notificationSettings).toMatchObject({
      digestFrequency: 'WEEKLY',
      digestWeekday: 1,
      digestTime: '08:00',
      emailLanguage: 'nl',
      mentions: 'IMMEDIATE',
      replies: 'DIGEST',
      meetingChanges: 'DIGEST',
      coffeeDate: 'DIGEST',
      intervisionPhases: 'IMMEDIATE',
    });
    expect(notificationSettings.communities).toEqual([
      {
        mode: 'DIGEST',
        community: { id: closed, name: 'Aanpak ondermijning', slug: 'aanpak-ondermijning' },
      },
      {
        mode: 'DIGEST',
        community: { id: open, name: 'Samenwerken in de keten', slug: 'samenwerken-in-de-keten' },
      },
    ]);
  });

  it('does refuse signed-out visitors', async () => {
    const result = await stack.graphql.request(SETTINGS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const update = await stack.graphql.request(UPDATE_SETTINGS, { input: { digestWeekday: 3 } });
    expect(update.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does save any subset and hand a new rhythm back to the digest planner', async () => {
    await stack.dataSource.query(
      `UPDATE notification_settings SET next_digest_at = now() + interval '2 days' WHERE member_id = $1`,
      [anoukId],
    );
    // Channels alone leave the planned digest alone.
    const channels = await anouk.ok<{ updateNotificationSettings: Settings }>(UPDATE_SETTINGS, {
      input: { replies: 'IMMEDIATE', coffeeDate: 'IN_APP', emailLanguage: 'en' },
    });
    expect(channels.updateNotificationSettings).toMatchObject({
      replies: 'IMMEDIATE',
      coffeeDate: 'IN_APP',
      mentions: 'IMMEDIATE',
      emailLanguage: 'en',
    });
    expect(channels.updateNotificationSettings.nextDigestAt).not.toBeNull();
    const rhythm = await anouk.ok<{ updateNotificationSettings: Settings }>(UPDATE_SETTINGS, {
      input: { digestFrequency: 'MONTHLY', digestWeekday: 5, digestTime: '17:45' },
    });
    expect(rhythm.updateNotificationSettings).toMatchObject({
      digestFrequency: 'MONTHLY',
      digestWeekday: 5,
      digestTime: '17:45',
      nextDigestAt: null,
    });
    expect(await storedSettings(stack, anoukId)).toMatchObject({
      digest_frequency: 'MONTHLY',
      digest_weekday: 5,
      digest_time: '17:45',
      replies: 'IMMEDIATE',
      coffee_date: 'IN_APP',
      language: 'en',
      next_digest_at: null,
    });
  });

  it('does clear the planned digest when the frequency becomes NEVER', async () => {
    await stack.dataSource.query(
      `UPDATE notification_settings SET next_digest_at = now() + interval '2 days' WHERE member_id = $1`,
      [anoukId],
    );
    await anouk.ok(UPDATE_SETTINGS, { input: { digestFrequency: 'NEVER' } });
    expect(await storedSettings(stack, anoukId)).toMatchObject({
      digest_frequency: 'NEVER',
      next_digest_at: null,
    });
  });

  it.each([
    [{ digestWeekday: 0 }, 'digestWeekday'],
    [{ digestWeekday: 8 }, 'digestWeekday'],
    [{ digestTime: '08:10' }, 'digestTime'],
    [{ digestTime: '24:00' }, 'digestTime'],
    [{ digestTime: '8:00' }, 'digestTime'],
    [{ emailLanguage: 'de' }, 'emailLanguage'],
    [{ digestFrequency: null }, 'digestFrequency'],
    [{ mentions: null }, 'mentions'],
  ])('does refuse %j naming %s, and saves none of the other fields', async (bad, field) => {
    const before = await storedSettings(stack, anoukId);
    const result = await anouk.request(UPDATE_SETTINGS, {
      input: {
        ...bad,
        digestWeekday: (bad as { digestWeekday?: number }).digestWeekday ?? 2,
        replies: 'IN_APP',
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fields as { field: string }[]).map(
      (f) => f.field,
    );
    expect(fields).toEqual([field]);
    expect(await storedSettings(stack, anoukId)).toEqual(before);
  });

  it('does name every bad field at once', async () => {
    const before = await storedSettings(stack, anoukId);
    const result = await anouk.request(UPDATE_SETTINGS, {
      input: { digestWeekday: 9, digestTime: '07:07', emailLanguage: 'fr' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field),
    ).toEqual(['digestWeekday', 'digestTime', 'emailLanguage']);
    expect(await storedSettings(stack, anoukId)).toEqual(before);
  });

  it.each([
    ['digestFrequency', 'HOURLY'],
    ['replies', 'SOMETIMES'],
  ])('does refuse an unknown %s %s sent as a raw HTTP variable', async (field, value) => {
    const before = await storedSettings(stack, anoukId);
    const token = await sessionTokenFor(stack, 'anouk@minbzk.nl');
    const response = await fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: UPDATE_SETTINGS,
        variables: { input: { [field]: value, digestWeekday: 4 } },
      }),
    });
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; fields?: { field: string }[] } }[];
    };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fields?.map((f) => f.field)).toEqual([field]);
    expect(body.errors[0].message).toContain(value);
    expect(await storedSettings(stack, anoukId)).toEqual(before);
  });

  it('does set a mode per CoP the member is in', async () => {
    const result = await anouk.ok<{ setCommunityNotificationMode: { mode: string } }>(SET_MODE, {
      input: { communityId: closed, mode: 'IMMEDIATE' },
    });
    expect(result.setCommunityNotificationMode).toEqual({
      mode: 'IMMEDIATE',
      community: { id: closed, slug: 'aanpak-ondermijning' },
    });
    await anouk.ok(SET_MODE, { input: { communityId: open, mode: 'MUTED' } });
    const { notificationSettings } = await anouk.ok<{ notificationSettings: Settings }>(SETTINGS);
    expect(notificationSettings.communities.map((c) => [c.community.slug, c.mode])).toEqual([
      ['aanpak-ondermijning', 'IMMEDIATE'],
      ['samenwerken-in-de-keten', 'MUTED'],
    ]);
  });

  it('does refuse a CoP mode for a CoP the member is not in, and changes nothing', async () => {
    const before = await countRows(stack, 'community_notification_setting');
    const modes = await stack.dataSource.query(
      `SELECT community_id, mode FROM community_notification_setting ORDER BY community_id`,
    );
    const attempt = (communityId: string, mode = 'IMMEDIATE') =>
      anouk.request(SET_MODE, { input: { communityId, mode } });
    // Hidden and not a member: as if it did not exist.
    expect((await attempt(hidden)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await attempt('00000000-0000-4000-8000-00000000abcd')).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    // Visible, but only a pending request: not a member.
    const pending = await attempt(joinable);
    expect(pending.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(pending.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'communityId', message: expect.any(String) },
    ]);
    const notAnId = await attempt('samenwerken');
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badMode = await attempt(open, 'LOUD');
    expect(badMode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows(stack, 'community_notification_setting')).toBe(before);
    expect(
      await stack.dataSource.query(
        `SELECT community_id, mode FROM community_notification_setting ORDER BY community_id`,
      ),
    ).toEqual(modes);
  });
});
