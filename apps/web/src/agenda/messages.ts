import { useLanguage } from '../i18n';

const nl = {
  title: 'Agenda',
  intro:
    'Komende bijeenkomsten van alle CoP’s die je kunt zien. Van CoP’s waar je geen lid van bent zie je alleen titel en tijd.',
  filters: 'Agenda filteren',
  mineLabel: 'Alleen mijn CoP’s',
  apply: 'Filteren',
  count: (n: number) => (n === 1 ? '1 bijeenkomst' : `${n} bijeenkomsten`),
  none: 'Er staan geen bijeenkomsten gepland.',
  notMember: 'Je bent geen lid van deze CoP.',
  next: 'Volgende pagina',
  firstPage: 'Eerste pagina',
  feedTitle: 'Je persoonlijke agenda',
  feedIntro:
    'Abonneer je agenda-app op je bijeenkomsten, koffiedates en leergroepbijeenkomsten. De link is persoonlijk: deel hem niet. Een nieuwe link maakt de oude ongeldig.',
  feedNone: 'Je hebt nog geen agendalink.',
  feedActive: (date: string) => `Je agendalink is gemaakt op ${date}.`,
  feedShownOnce:
    'Kopieer de link nu: hij wordt maar één keer getoond. Zet hem in je agenda-app als abonnement (webcal).',
  feedLinkLabel: 'Je agendalink',
  copy: 'Link kopiëren',
  copied: 'De link is gekopieerd.',
  issue: 'Agendalink maken',
  reissue: 'Nieuwe link',
  revoke: 'Link intrekken',
  revokeConfirm:
    'Weet je zeker dat je je agendalink wilt intrekken? Agenda’s die hem gebruiken krijgen dan niets meer.',
  issued: 'Je nieuwe agendalink staat hieronder.',
  revoked: 'Je agendalink is ingetrokken.',
};

export type AgendaMessages = typeof nl;

const en: AgendaMessages = {
  title: 'Agenda',
  intro:
    'Upcoming meetings of every CoP you can see. For CoPs you are not a member of you see title and time only.',
  filters: 'Filter the agenda',
  mineLabel: 'Only my CoPs',
  apply: 'Filter',
  count: (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`),
  none: 'No meetings are planned.',
  notMember: 'You are not a member of this CoP.',
  next: 'Next page',
  firstPage: 'First page',
  feedTitle: 'Your personal calendar',
  feedIntro:
    'Subscribe your calendar app to your meetings, koffiedates and leergroep sessions. The link is personal: do not share it. A new link makes the old one stop working.',
  feedNone: 'You have no calendar link yet.',
  feedActive: (date: string) => `Your calendar link was made on ${date}.`,
  feedShownOnce:
    'Copy the link now: it is shown only once. Add it to your calendar app as a subscription (webcal).',
  feedLinkLabel: 'Your calendar link',
  copy: 'Copy link',
  copied: 'The link has been copied.',
  issue: 'Make a calendar link',
  reissue: 'New link',
  revoke: 'Revoke link',
  revokeConfirm:
    'Are you sure you want to revoke your calendar link? Calendars using it will get nothing more.',
  issued: 'Your new calendar link is below.',
  revoked: 'Your calendar link has been revoked.',
};

export function useAgendaText() {
  const { lang, t } = useLanguage();
  return { a: lang === 'nl' ? nl : en, t, lang };
}
