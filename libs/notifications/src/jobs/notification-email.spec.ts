import type { NotificationRow } from '../notification.repository';
import { NotificationChannel, NotificationKind } from '../notification-kinds';
import { notificationEmail } from './notification-email';

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
      [
        row('1', NotificationKind.MENTION, 'OPEN', 'Open tekst'),
        row('2', NotificationKind.COMMUNITY_ACTIVITY, 'INVITE_ONLY', 'Geheime tekst'),
        row('3', NotificationKind.MENTION, 'HIDDEN', 'Verborgen tekst'),
      ],
      'nl',
      'https://leerhuis.example',
      15,
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
      [row('1', NotificationKind.REPLY, 'OPEN', 'x')],
      'en',
      'https://leerhuis.example',
      30,
    );
    expect(subject).toBe('New on Leerhuis: 1 notification');
    expect(content.reason).toContain('per 30 minutes');
  });
});
