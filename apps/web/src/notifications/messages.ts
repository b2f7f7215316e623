import type {
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
} from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

export type ChannelSetting =
  'mentions' | 'replies' | 'meetingChanges' | 'coffeeDate' | 'intervisionPhases';

const nl = {
  nav: 'Meldingen',
  navUnread: (n: number) => (n === 1 ? '1 ongelezen' : `${n} ongelezen`),
  listTitle: 'Meldingen',
  listIntro: 'Wat er voor jou gebeurde in Leerhuis, het nieuwste eerst.',
  unreadCount: (n: number) =>
    n === 0
      ? 'Je hebt alles gelezen.'
      : n === 1
        ? 'Je hebt 1 ongelezen melding.'
        : `Je hebt ${n} ongelezen meldingen.`,
  markAllRead: 'Alles gelezen',
  markedAllRead: 'Alle meldingen zijn gelezen.',
  unread: 'Nieuw',
  empty: 'Je hebt nog geen meldingen.',
  loadMore: 'Meer meldingen laden',
  toSettings: 'Kies wat je ontvangt',
  settingsTitle: 'Meldingen en e-mail',
  settingsIntro:
    'Kies hoe je op de hoogte blijft: direct per e-mail, in een overzichtsmail, of alleen bij Meldingen in Leerhuis. Directe e-mails bundelen we: hooguit één per kwartier.',
  digestTitle: 'Overzichtsmail',
  digestIntro:
    'Een overzicht van wat er nieuw is in je community’s, leergroepen en de koffiedate. Je krijgt het alleen als er iets nieuws is.',
  frequencyLabel: 'Hoe vaak?',
  frequencies: {
    DAILY: 'Elke dag',
    WEEKLY: 'Elke week',
    BIWEEKLY: 'Om de week',
    MONTHLY: 'Elke maand',
    NEVER: 'Nooit',
  } satisfies Record<DigestFrequency, string>,
  weekdayLabel: 'Op welke dag?',
  weekdayHint: 'Voor elke week, om de week en elke maand (dan de eerste van die dag in de maand).',
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  timeLabel: 'Hoe laat?',
  timeHint: 'Nederlandse tijd, per kwartier.',
  nextDigest: (when: string) => `Je volgende overzichtsmail: ${when}.`,
  languageLegend: 'Taal van e-mails',
  languages: { nl: 'Nederlands', en: 'English' },
  kindsTitle: 'Per soort melding',
  channels: {
    IMMEDIATE: 'Direct per e-mail',
    DIGEST: 'In de overzichtsmail',
    IN_APP: 'Alleen in Leerhuis',
  } satisfies Record<NotificationChannel, string>,
  kinds: {
    mentions: [
      'Iemand noemt je',
      'Als iemand je met @ noemt in een discussie. Standaard direct per e-mail.',
    ],
    replies: ['Reacties op je discussies', 'Als iemand reageert op een discussie die jij begon.'],
    meetingChanges: [
      'Bijeenkomsten',
      'Nieuwe, gewijzigde en afgelaste bijeenkomsten van je community’s. Heb je je aangemeld, dan hoor je een nieuwe tijd of plaats altijd per e-mail.',
    ],
    coffeeDate: ['Koffiedate', 'Als een nieuwe koffiedateronde opent.'],
    intervisionPhases: [
      'Intervisie',
      'Als een fase van een casus in je intervisiegroep opent. Standaard direct per e-mail. De inhoud van de casus staat nooit in een e-mail.',
    ],
  } satisfies Record<ChannelSetting, [string, string]>,
  communitiesTitle: 'Per community',
  communitiesIntro: 'Wat hoor je van nieuwe discussies en reacties in je community’s?',
  communitiesEmpty: 'Je bent nog geen lid van een community.',
  modes: {
    IMMEDIATE: 'Alles direct',
    DIGEST: 'In de overzichtsmail',
    MUTED: 'Niets (gedempt)',
  } satisfies Record<CommunityNotificationMode, string>,
  modeLabel: (name: string) => `Meldingen van ${name}`,
  save: 'Instellingen opslaan',
  saved: 'Je instellingen zijn opgeslagen.',
};

const en: typeof nl = {
  nav: 'Notifications',
  navUnread: (n: number) => `${n} unread`,
  listTitle: 'Notifications',
  listIntro: 'What happened for you on Leerhuis, newest first.',
  unreadCount: (n: number) =>
    n === 0
      ? 'You have read everything.'
      : n === 1
        ? 'You have 1 unread notification.'
        : `You have ${n} unread notifications.`,
  markAllRead: 'Mark all as read',
  markedAllRead: 'All notifications are read.',
  unread: 'New',
  empty: 'You have no notifications yet.',
  loadMore: 'Load more notifications',
  toSettings: 'Choose what you receive',
  settingsTitle: 'Notifications and email',
  settingsIntro:
    'Choose how you keep up: immediately by email, in a digest, or only under Notifications on Leerhuis. We bundle immediate emails: at most one per quarter of an hour.',
  digestTitle: 'Digest',
  digestIntro:
    'An overview of what is new in your communities, learning groups and the koffiedate. You only get it when there is something new.',
  frequencyLabel: 'How often?',
  frequencies: {
    DAILY: 'Every day',
    WEEKLY: 'Every week',
    BIWEEKLY: 'Every two weeks',
    MONTHLY: 'Every month',
    NEVER: 'Never',
  },
  weekdayLabel: 'On which day?',
  weekdayHint:
    'For every week, every two weeks and every month (then the first such day of the month).',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  timeLabel: 'At what time?',
  timeHint: 'Dutch time, by the quarter hour.',
  nextDigest: (when: string) => `Your next digest: ${when}.`,
  languageLegend: 'Language of emails',
  languages: { nl: 'Nederlands', en: 'English' },
  kindsTitle: 'By kind of notification',
  channels: {
    IMMEDIATE: 'Immediately by email',
    DIGEST: 'In the digest',
    IN_APP: 'Only on Leerhuis',
  },
  kinds: {
    mentions: [
      'Someone mentions you',
      'When someone mentions you with @ in a discussion. By default immediately by email.',
    ],
    replies: ['Replies to your threads', 'When someone replies to a discussion you started.'],
    meetingChanges: [
      'Meetings',
      'New, changed and cancelled meetings of your communities. If you signed up, a new time or place always comes by email.',
    ],
    coffeeDate: ['Koffiedate', 'When a new koffiedate round opens.'],
    intervisionPhases: [
      'Intervision',
      'When a phase of a case in your intervision group opens. By default immediately by email. The content of a case is never in an email.',
    ],
  },
  communitiesTitle: 'By community',
  communitiesIntro: 'What do you hear of new discussions and replies in your communities?',
  communitiesEmpty: 'You are not a member of a community yet.',
  modes: {
    IMMEDIATE: 'Everything immediately',
    DIGEST: 'In the digest',
    MUTED: 'Nothing (muted)',
  },
  modeLabel: (name: string) => `Notifications from ${name}`,
  save: 'Save settings',
  saved: 'Your settings are saved.',
};

const dictionaries: Record<Language, typeof nl> = { nl, en };

export function useNotificationText() {
  const { lang, t } = useLanguage();
  return { n: dictionaries[lang], t, lang };
}

/** Tells the header's unread count to refresh (after marking read on the list page). */
export const NOTIFICATIONS_CHANGED = 'leerhuis:notifications-changed';
