import { DigestFrequency, NotificationChannel } from './notification-kinds';
import { settingsProblems } from './notification-settings.service';

describe('settingsProblems', () => {
  it('does accept any valid subset, and nothing at all', () => {
    expect(settingsProblems({})).toEqual([]);
    expect(
      settingsProblems({
        digestFrequency: DigestFrequency.BIWEEKLY,
        digestWeekday: 7,
        digestTime: '23:45',
        emailLanguage: 'en',
        mentions: NotificationChannel.IN_APP,
      }),
    ).toEqual([]);
    expect(settingsProblems({ digestTime: '00:00', digestWeekday: 1 })).toEqual([]);
  });

  it('does name every field out of range', () => {
    const fields = settingsProblems({
      digestFrequency: 'HOURLY' as DigestFrequency,
      digestWeekday: 1.5,
      digestTime: '12:20',
      emailLanguage: 'de',
      replies: 'LOUD' as NotificationChannel,
      coffeeDate: null,
    }).map((p) => p.field);
    expect(fields).toEqual([
      'digestFrequency',
      'digestWeekday',
      'digestTime',
      'emailLanguage',
      'replies',
      'coffeeDate',
    ]);
  });
});
