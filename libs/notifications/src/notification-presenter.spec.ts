import type { NotificationRow } from './notification.repository';
import { NotificationChannel, NotificationKind } from './notification-kinds';
import { excerptOf, presentDigestLine, presentNotification } from './notification-presenter';

const row = (values: Partial<NotificationRow>): NotificationRow => ({
  id: '1',
  memberId: 'm',
  kind: NotificationKind.MENTION,
  subjectType: 'DISCUSSION_REPLY',
  subjectId: 'reply-1',
  communityId: 'c',
  data: { threadId: 'thread-1' },
  channel: NotificationChannel.IMMEDIATE,
  createdAt: new Date(),
  readAt: null,
  actorId: null,
  actorName: 'Anouk de Vries',
  communityName: 'Samenwerken in de keten',
  communitySlug: 'samenwerken-in-de-keten',
  communityJoinPolicy: 'OPEN',
  threadTitle: 'Ketensamenwerking',
  meetingTitle: null,
  postBody: null,
  ...values,
});

describe('presentNotification', () => {
  it('does say who mentioned you where, in Dutch and English, with a link to the thread', () => {
    expect(presentNotification(row({}), 'nl')).toEqual({
      title: 'Anouk de Vries noemde je in ‘Ketensamenwerking’',
      url: '/communities/samenwerken-in-de-keten/discussions/thread-1',
    });
    expect(presentNotification(row({}), 'en').title).toBe(
      'Anouk de Vries mentioned you in ‘Ketensamenwerking’',
    );
  });

  it('does not show the title of a removed post, nor an unknown actor', () => {
    expect(
      presentNotification(
        row({ kind: NotificationKind.REPLY, threadTitle: null, actorName: null }),
        'nl',
      ).title,
    ).toBe('Iemand reageerde op een verwijderd bericht');
  });

  it('does show only the group and the phase of an intervisie notification', () => {
    const presented = presentNotification(
      row({
        kind: NotificationKind.INTERVISION_PHASE,
        subjectType: 'INTERVISION_CASE',
        subjectId: 'case-1',
        communityId: null,
        data: { groupName: 'Groep Noord', phaseTitleNl: 'Inbreng', phaseTitleEn: 'Case pitch' },
      }),
      'en',
    );
    expect(presented).toEqual({
      title: 'Groep Noord: the phase ‘Case pitch’ has opened',
      url: '/intervisie/casussen/case-1',
    });
  });

  it('does link a meeting change to the meeting, a cancellation to the CoP', () => {
    const meeting = row({
      kind: NotificationKind.MEETING_CHANGE,
      subjectType: 'MEETING',
      subjectId: 'meeting-1',
      data: { change: 'UPDATED' },
      meetingTitle: 'Kennissessie',
    });
    expect(presentNotification(meeting, 'nl')).toEqual({
      title: 'Bijeenkomst gewijzigd in Samenwerken in de keten: ‘Kennissessie’',
      url: '/communities/samenwerken-in-de-keten/bijeenkomsten/meeting-1',
    });
    expect(presentNotification({ ...meeting, data: { change: 'CANCELLED' } }, 'nl').url).toBe(
      '/communities/samenwerken-in-de-keten',
    );
  });
});

describe('presentDigestLine', () => {
  it('does give the shorter digest lines, in Dutch and English', () => {
    const thread = { threadTitle: 'Ketensamenwerking' };
    expect(
      presentDigestLine({ kind: NotificationKind.MENTION, actorName: null, ...thread }, 'en'),
    ).toBe('Someone mentioned you in “Ketensamenwerking”');
    expect(
      presentDigestLine(
        { kind: NotificationKind.COMMUNITY_ACTIVITY, communityName: 'Open Kring', ...thread },
        'nl',
      ),
    ).toBe('Nieuw in Open Kring: “Ketensamenwerking”');
    expect(
      presentDigestLine({ kind: NotificationKind.MEETING_CHANGE, meetingTitle: 'Sessie' }, 'nl'),
    ).toBe('Bijeenkomst gewijzigd: Sessie');
    expect(presentDigestLine({ kind: NotificationKind.COFFEE_DATE }, 'en')).toBe(
      'The koffiedate round is open',
    );
    expect(
      presentDigestLine(
        {
          kind: NotificationKind.INTERVISION_PHASE,
          groupName: 'Groep Noord',
          phaseTitle: 'Inbreng',
        },
        'en',
      ),
    ).toBe('Groep Noord: phase “Inbreng” has started');
  });
});

describe('excerptOf', () => {
  it('does flatten Markdown and mentions and cut long text', () => {
    expect(excerptOf('**Wie** weet @[Bram](x) meer over [dit](https://x.nl)?')).toBe(
      'Wie weet @Bram meer over dit?',
    );
    expect(excerptOf('a'.repeat(300))).toHaveLength(200);
    expect(excerptOf(null)).toBeUndefined();
  });
});
