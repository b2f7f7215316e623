import { type Language, useLanguage } from '../i18n';

const nl = {
  title: 'E-mail',
  intro:
    'Wat Leerhuis verstuurde, wat mislukte, welke adressen niets meer krijgen en wanneer de overzichtsmails gaan.',
  noAccess: 'Geen toegang: deze pagina is alleen voor beheerders van Leerhuis.',
  queues: 'Wachtrijen bekijken in Bull Board',
  schedule: 'Overzichtsmails',
  planner: 'Planner',
  notScheduled: 'niet gepland',
  nextRun: (when: string, pattern: string) => `volgende run ${when} (${pattern})`,
  frequency: 'Frequentie',
  members: 'Leden',
  frequencies: {
    DAILY: 'Dagelijks',
    WEEKLY: 'Wekelijks',
    BIWEEKLY: 'Om de week',
    MONTHLY: 'Maandelijks',
    NEVER: 'Nooit',
  } as Record<string, string>,
  dueTitle: 'Aan de beurt in de komende 24 uur',
  hour: 'Uur',
  noneDue: 'Niemand is de komende 24 uur aan de beurt.',
  overdue: (n: number) => `Achterstallig: ${n}`,
  sentWeek: (n: number) => `Verstuurd in de afgelopen 7 dagen: ${n}`,
  sends: 'Recent verstuurd',
  sendsCount: (n: number) => `${n} e-mails in het verzendlogboek.`,
  kind: 'Soort',
  recipient: 'Ontvanger',
  subject: 'Onderwerp',
  sentAt: 'Verstuurd',
  more: 'Meer tonen',
  failures: 'Mislukt',
  noFailures: 'Geen mislukte verzendingen.',
  failedAt: 'Wanneer',
  failure: 'Fout',
  permanent: 'definitief',
  temporary: 'tijdelijk, opnieuw geprobeerd',
  suppressed: 'Geblokkeerde adressen',
  noSuppressed: 'Geen geblokkeerde adressen.',
  address: 'Adres',
  since: 'Sinds',
  reason: 'Reden',
  action: 'Actie',
  lift: (address: string) => `Weer mailen naar ${address}`,
  lifted: (address: string) => `${address} krijgt weer e-mail.`,
};

type Messages = typeof nl;

const en: Messages = {
  title: 'Email',
  intro:
    'What Leerhuis sent, what failed, which addresses get nothing, and when the digests go out.',
  noAccess: 'No access: this page is for Leerhuis administrators only.',
  queues: 'View the queues in Bull Board',
  schedule: 'Digests',
  planner: 'Planner',
  notScheduled: 'not scheduled',
  nextRun: (when: string, pattern: string) => `next run ${when} (${pattern})`,
  frequency: 'Frequency',
  members: 'Members',
  frequencies: {
    DAILY: 'Daily',
    WEEKLY: 'Weekly',
    BIWEEKLY: 'Every two weeks',
    MONTHLY: 'Monthly',
    NEVER: 'Never',
  },
  dueTitle: 'Due in the next 24 hours',
  hour: 'Hour',
  noneDue: 'Nobody is due in the next 24 hours.',
  overdue: (n: number) => `Overdue: ${n}`,
  sentWeek: (n: number) => `Sent in the last 7 days: ${n}`,
  sends: 'Recently sent',
  sendsCount: (n: number) => `${n} emails in the send log.`,
  kind: 'Kind',
  recipient: 'Recipient',
  subject: 'Subject',
  sentAt: 'Sent',
  more: 'Show more',
  failures: 'Failures',
  noFailures: 'No failed sends.',
  failedAt: 'When',
  failure: 'Error',
  permanent: 'permanent',
  temporary: 'temporary, retried',
  suppressed: 'Suppressed addresses',
  noSuppressed: 'No suppressed addresses.',
  address: 'Address',
  since: 'Since',
  reason: 'Reason',
  action: 'Action',
  lift: (address: string) => `Mail ${address} again`,
  lifted: (address: string) => `${address} gets email again.`,
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useMailAdminText() {
  const { lang, t } = useLanguage();
  return { m: dictionaries[lang], t, lang };
}
