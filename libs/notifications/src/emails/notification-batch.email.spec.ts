import { renderedEmail } from '@leerhuis/platform-mail';

import type { NotificationRow } from '../notification.repository';
import { NotificationChannel, NotificationKind } from '../notification-kinds';
import { notificationEmail } from './notification-batch.email';

const row = (
  id: string,
  kind: NotificationKind,
  joinPolicy: string,
  body: string,
): NotificationRow => ({
  id,
  memberId: 'm',
  kind,
  subjectType: 'DISCUSSION_THREAD',
  subjectId: `t${id}`,
  communityId: 'c',
  data: { threadId: `t${id}` },
  channel: NotificationChannel.IMMEDIATE,
  createdAt: new Date(),
  readAt: null,
  actorId: null,
  actorName: 'Anouk',
  communityName: joinPolicy === 'OPEN' ? 'Open CoP' : 'Besloten CoP',
  communitySlug: 'cop',
  communityJoinPolicy: joinPolicy,
  threadTitle: `Draad ${id}`,
  meetingTitle: null,
  postBody: body,
});

describe('notificationEmail', () => {
  it('does group by kind, with excerpts from open CoPs only, a reason and a settings link', () => {
    const { subject, content } = notificationEmail(
      {
        rows: [
          row('1', NotificationKind.MENTION, 'OPEN', 'Open tekst'),
          row('2', NotificationKind.COMMUNITY_ACTIVITY, 'INVITE_ONLY', 'Geheime tekst'),
          row('3', NotificationKind.MENTION, 'HIDDEN', 'Verborgen tekst'),
        ],
        publicUrl: 'https://leerhuis.example',
        batchMinutes: 15,
      },
      'nl',
    );
    expect(subject).toBe('Nieuw in Leerhuis: 3 meldingen');
    expect(
      content.sections?.map((s) => [s.heading, s.items.map((i) => i.excerpt ?? null)]),
    ).toEqual([
      ['Je bent genoemd', ['Open tekst', null]],
      ['Nieuw in je community’s', [null]],
    ]);
    expect(content.sections?.[0].items[0].url).toBe(
      'https://leerhuis.example/communities/cop/discussions/t1',
    );
    expect(content.settingsUrl).toBe('https://leerhuis.example/instellingen/meldingen');
    expect(content.reason).toContain('hooguit één zo’n mail per kwartier');
  });

  it('does speak English and name another window', () => {
    const { subject, content } = notificationEmail(
      {
        rows: [row('1', NotificationKind.REPLY, 'OPEN', 'x')],
        publicUrl: 'https://leerhuis.example',
        batchMinutes: 30,
      },
      'en',
    );
    expect(subject).toBe('New on Leerhuis: 1 notification');
    expect(content.reason).toContain('per 30 minutes');
  });

  it('does render the grouped items with their links, and the action, as plain text', () => {
    const email = notificationEmail(
      {
        rows: [row('1', NotificationKind.MENTION, 'OPEN', 'Open tekst')],
        publicUrl: 'https://leerhuis.example',
        batchMinutes: 15,
      },
      'nl',
    );
    const { html, text } = renderedEmail(email);
    expect(text).toContain('Je bent genoemd\n---------------');
    expect(text).toContain(
      '* Anouk noemde je in ‘Draad 1’\n  Open CoP\n  Open tekst\n  https://leerhuis.example/communities/cop/discussions/t1',
    );
    expect(text).toContain('Alle meldingen: https://leerhuis.example/meldingen');
    expect(html).toContain('href="https://leerhuis.example/instellingen/meldingen"');
  });
});
