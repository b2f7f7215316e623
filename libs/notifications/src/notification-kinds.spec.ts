import { channelFor, NotificationChannel, NotificationKind } from './notification-kinds';

describe('channelFor', () => {
  const settings = {
    mentions: NotificationChannel.IMMEDIATE,
    replies: NotificationChannel.DIGEST,
    meetingChanges: NotificationChannel.IN_APP,
    coffeeDate: NotificationChannel.DIGEST,
    intervisionPhases: NotificationChannel.IMMEDIATE,
  };

  it('does take the channel of the kind', () => {
    expect(channelFor(settings, NotificationKind.MENTION)).toBe('IMMEDIATE');
    expect(channelFor(settings, NotificationKind.REPLY)).toBe('DIGEST');
    expect(channelFor(settings, NotificationKind.MEETING_CHANGE)).toBe('IN_APP');
    expect(channelFor(settings, NotificationKind.COFFEE_DATE)).toBe('DIGEST');
    expect(channelFor(settings, NotificationKind.INTERVISION_PHASE)).toBe('IMMEDIATE');
  });

  it('does send community activity immediately (only IMMEDIATE-mode CoPs produce it)', () => {
    expect(
      channelFor(
        { ...settings, mentions: NotificationChannel.IN_APP },
        NotificationKind.COMMUNITY_ACTIVITY,
      ),
    ).toBe('IMMEDIATE');
  });
});
