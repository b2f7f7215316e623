import type { CoffeeDateNextStep, CoffeeDateRoundState } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

const monthsNl = (n: number) => (n === 1 ? '1 maand' : `${n} maanden`);
const monthsEn = (n: number) => (n === 1 ? '1 month' : `${n} months`);

const nl = {
  teamTitle: 'Teamkoffiedate',
  teamIntro:
    'Als trekker vraag je een koffiedate op maat aan voor je community (4 tot 12 leden): we delen jullie in gemengde groepjes op grenswerkersstijl, en iedereen krijgt een e-mail met zijn groepje.',
  teamDay: 'Op welke dag?',
  teamDayHint: 'Vanaf morgen tot een jaar vooruit.',
  teamRequest: 'Teamkoffiedate aanvragen',
  teamDayError: 'Kies een dag vanaf morgen tot een jaar vooruit.',
  teamSizeError: 'Een teamkoffiedate is voor 4 tot 12 actieve leden van de community.',
  teamRequested: (day: string) =>
    `Aangevraagd voor ${day}. De leden krijgen zo een e-mail met hun groepje.`,
  nav: 'Koffiedate',
  title: 'Koffiedate',
  intro:
    'Elke maand drink je een half uur koffie met een collega van een ander ministerie of een andere organisatie, gekoppeld op jullie grenswerkersprofiel. Je doet alleen mee als je je aanmeldt.',
  profileHint:
    'Nog geen grenswerkersprofiel? Vul eerst de grenswerkersvragen in: dan koppelen we je aan iemand die je aanvult.',
  profileLink: 'Grenswerkersvragen invullen',
  profileDone: 'We koppelen je op je grenswerkersprofiel.',
  profileDoneLink: 'Bekijk je grenswerkersprofiel',
  takePart: 'Meedoen',
  statusNone: 'Je doet nu niet mee.',
  statusJoined: (period: string, deadline: string) =>
    `Je doet mee aan de koffiedate van ${period}. Aanmelden sluit op ${deadline}; daarna krijg je een e-mail met je koffiedate.`,
  statusNext: 'Je doet mee aan de volgende ronde. Je krijgt een e-mail zodra die opent.',
  statusEveryMonth: 'Je doet elke maand mee, tot je pauzeert.',
  statusPaused: (until: string) =>
    `Je koffiedates staan op pauze tot ${until}. Daarna doe je vanzelf weer mee.`,
  statusUnsubscribed: 'Je bent afgemeld voor koffiedates. Meld je hieronder weer aan als je wilt.',
  // The repeat window, from the server's COFFEE_DATE_REPEAT_WINDOW_MONTHS.
  repeatRule: (months: number) =>
    months > 0
      ? `Je wordt ${monthsNl(months)} lang niet opnieuw gekoppeld aan iemand met wie je al een koffiedate had (in een duo of trio), gerekend vanaf de ronde van die koffiedate.`
      : 'Je kunt opnieuw gekoppeld worden aan iemand met wie je al een koffiedate had.',
  howLegend: 'Hoe wil je meedoen?',
  once: 'Alleen de volgende koffiedate',
  everyMonth: 'Elke maand, tot ik pauzeer',
  optIn: 'Aanmelden',
  consent:
    'Met je aanmelding geef je toestemming om je werkmailadres te delen met de collega(’s) met wie je wordt gekoppeld, zodat jullie elkaar kunnen mailen. Voor de koppeling delen we niets.',
  optedIn: 'Je bent aangemeld.',
  optOut: 'Afmelden',
  optedOut: 'Je bent afgemeld.',
  pauseTitle: 'Pauzeren',
  pauseLabel: 'Hoe lang pauzeren?',
  month: (n: number) => (n === 1 ? '1 maand' : `${n} maanden`),
  pause: 'Pauzeren',
  paused: 'Je koffiedates staan op pauze.',
  resume: 'Hervatten',
  resumed: 'Je doet weer mee.',
  blockTitle: 'Niet met mij matchen',
  blockIntro: 'Met deze collega’s word je nooit gekoppeld. Alleen jij ziet deze lijst.',
  blockEmpty: 'Je lijst is leeg.',
  blockSearch: 'Zoek een collega op naam',
  searchButton: 'Zoeken',
  block: (name: string) => `${name} toevoegen aan mijn lijst`,
  unblock: (name: string) => `${name} van mijn lijst halen`,
  noResults: 'Niemand gevonden.',
  matchesTitle: 'Mijn koffiedates',
  matchesEmpty: 'Je hebt nog geen koffiedates gehad.',
  with: (names: string) => `Met ${names}`,
  slot: (when: string) => `Voorstel: ${when}`,
  dissolved: 'Deze koffiedate gaat niet door: iemand heeft afgezegd.',
  declined: 'Je hebt afgezegd.',
  feedbackLegend: 'Hebben jullie elkaar gesproken?',
  yes: 'Ja',
  no: 'Nee',
  rating: 'Hoe waardevol was het gesprek? (1 tot 5)',
  nextStep: 'Volgende stap (optioneel)',
  nextSteps: {
    INTRODUCE_SOMEONE: 'Iemand aan elkaar voorstellen',
    START_SOMETHING: 'Samen iets beginnen',
    JOIN_COMMUNITY: 'Lid worden van een community',
  } as Record<CoffeeDateNextStep, string>,
  noNextStep: 'Geen',
  sendFeedback: 'Terugkoppeling versturen',
  feedbackSaved: 'Bedankt voor je terugkoppeling.',
  yourFeedback: (rating: string) => `Je terugkoppeling: ${rating}`,
  adminLink: 'Koffiedaterondes beheren',
  // admin
  adminOnly: 'Alleen platformbeheerders kunnen de koffiedaterondes beheren.',
  adminTitle: 'Koffiedaterondes',
  adminIntro:
    'Elke maand opent een ronde volgens het ingestelde schema; na de aanmeldtermijn wordt gematcht. Bekijk eerst een voorproefje; opnieuw uitvoeren matcht en mailt niemand twee keer.',
  roundRepeatRule: (months: number, since: string) =>
    months > 0
      ? `Uitgesloten in deze ronde: wie al een koffiedate met elkaar had (in een duo of trio) in een ronde die in de ${monthsNl(months)} vóór deze ronde opende, dus na ${since}.`
      : 'In deze ronde tellen eerdere koffiedates niet mee: iedereen kan met iedereen gekoppeld worden.',
  openRound: 'Ronde van deze maand openen',
  rounds: 'Rondes',
  period: 'Ronde',
  state: 'Status',
  participants: 'Deelnemers',
  states: {
    OPEN: 'Aanmelden open',
    MATCHING: 'Wordt gematcht',
    MATCHED: 'Gematcht',
    CLOSED: 'Afgesloten',
  } as Record<CoffeeDateRoundState, string>,
  team: (day: string) => `Team-koffiedate ${day}`,
  show: (period: string) => `Details van ${period}`,
  statsTitle: (period: string) => `Cijfers ${period}`,
  chartTitle: 'Deelname en resultaat',
  chartDescription: (list: string) => `Staafdiagram. ${list}`,
  figure: 'Cijfer',
  value: 'Aantal',
  figures: {
    participants: 'Deelnemers',
    matched: 'Gematcht',
    pairs: 'Duo’s',
    trios: 'Trio’s',
    unmatched: 'Niet gematcht',
    reportedMeetings: 'Gemelde ontmoetingen',
  },
  crossMinistry: (rate: string) => `Over ministeriegrenzen: ${rate}`,
  averageRating: (avg: string, n: number) => `Gemiddelde waardering: ${avg} (${n} beoordelingen)`,
  noRatings: 'Nog geen waarderingen.',
  unmatchedWhy: 'Niet gematcht, en waarom',
  styleMix: 'Voorkeursstijlen van deelnemers',
  withoutProfile: (n: number) => `Zonder grenswerkersprofiel: ${n}`,
  styleNames: {
    verbinder: 'Verbinder',
    motivator: 'Motivator',
    cartograaf: 'Cartograaf',
    held: 'Held',
    vinder: 'Vinder',
    onderhandelaar: 'Onderhandelaar',
  } as Record<string, string>,
  reasons: {
    'only-participant': 'enige aanmelding',
    'no-valid-partner': 'niemand toegestaan (zelfde ministerie, lijst of onlangs gesproken)',
    'partners-taken': 'geen partner meer over',
    'partner-declined': 'partner zegde af, geen nieuwe match',
  } as Record<string, string>,
  preview: 'Voorproefje van de matching',
  previewTitle: 'Voorproefje',
  previewStored: 'Dit zijn de verstuurde groepen.',
  previewDry: 'Er is nog niets opgeslagen of verstuurd.',
  previewSummary: (groups: number, unmatched: number, violations: number) =>
    `${groups} groepen, ${unmatched} niet gematcht, ${violations} overtredingen van de regels.`,
  match: 'Aanmelding sluiten en nu matchen',
  matched: 'De matching loopt; de e-mails gaan vanzelf de deur uit.',
  close: 'Ronde afsluiten',
  closed: 'De ronde is afgesloten.',
};

type Messages = typeof nl;

const en: Messages = {
  teamTitle: 'Team koffiedate',
  teamIntro:
    'As a coordinator you can request a tailored koffiedate for your community (4 to 12 members): we split you into groups with mixed boundary-spanner styles, and everyone gets an email with their group.',
  teamDay: 'On which day?',
  teamDayHint: 'From tomorrow up to a year ahead.',
  teamRequest: 'Request a team koffiedate',
  teamDayError: 'Choose a day from tomorrow up to a year ahead.',
  teamSizeError: 'A team koffiedate is for 4 to 12 active members of the community.',
  teamRequested: (day: string) =>
    `Requested for ${day}. The members will get an email with their group shortly.`,
  nav: 'Koffiedate',
  title: 'Koffiedate',
  intro:
    'Every month you have a thirty-minute coffee with a colleague from another ministry or organisation, matched on your boundary-spanner profiles. You only take part if you sign up.',
  profileHint:
    'No boundary-spanner profile yet? Answer the questions first: then we match you with someone who complements you.',
  profileLink: 'Answer the boundary-spanner questions',
  profileDone: 'We match you on your boundary-spanner profile.',
  profileDoneLink: 'See your boundary-spanner profile',
  takePart: 'Take part',
  statusNone: 'You are not taking part now.',
  statusJoined: (period, deadline) =>
    `You are in the koffiedate of ${period}. Sign-up closes on ${deadline}; then you get an email with your koffiedate.`,
  statusNext: 'You are in the next round. You get an email when it opens.',
  statusEveryMonth: 'You take part every month, until you pause.',
  statusPaused: (until) =>
    `Your koffiedates are paused until ${until}. Then you are back in by yourself.`,
  statusUnsubscribed: 'You unsubscribed from koffiedates. Sign up again below if you like.',
  repeatRule: (months: number) =>
    months > 0
      ? `For ${monthsEn(months)} you are not matched again with anyone you already had a koffiedate with (in a pair or trio), counted from that koffiedate's round.`
      : 'You can be matched again with someone you already had a koffiedate with.',
  howLegend: 'How would you like to take part?',
  once: 'The next koffiedate only',
  everyMonth: 'Every month, until I pause',
  optIn: 'Sign up',
  consent:
    'By signing up you agree that your work email address is shared with the colleague(s) you are matched with, so you can email each other. Nothing is shared before the match.',
  optedIn: 'You are signed up.',
  optOut: 'Sign off',
  optedOut: 'You are signed off.',
  pauseTitle: 'Pause',
  pauseLabel: 'How long would you like to pause?',
  month: (n) => (n === 1 ? '1 month' : `${n} months`),
  pause: 'Pause',
  paused: 'Your koffiedates are paused.',
  resume: 'Resume',
  resumed: 'You are back in.',
  blockTitle: "Don't match me with",
  blockIntro: 'You are never matched with these colleagues. Only you see this list.',
  blockEmpty: 'Your list is empty.',
  blockSearch: 'Find a colleague by name',
  searchButton: 'Search',
  block: (name) => `Add ${name} to my list`,
  unblock: (name) => `Remove ${name} from my list`,
  noResults: 'Nobody found.',
  matchesTitle: 'My koffiedates',
  matchesEmpty: 'You have not had a koffiedate yet.',
  with: (names) => `With ${names}`,
  slot: (when) => `Suggested: ${when}`,
  dissolved: 'This koffiedate is off: someone declined.',
  declined: 'You declined.',
  feedbackLegend: 'Did you meet?',
  yes: 'Yes',
  no: 'No',
  rating: 'How valuable was the conversation? (1 to 5)',
  nextStep: 'Next step (optional)',
  nextSteps: {
    INTRODUCE_SOMEONE: 'Introduce someone',
    START_SOMETHING: 'Start something together',
    JOIN_COMMUNITY: 'Join a community',
  } as Record<CoffeeDateNextStep, string>,
  noNextStep: 'None',
  sendFeedback: 'Send feedback',
  feedbackSaved: 'Thank you for your feedback.',
  yourFeedback: (rating) => `Your feedback: ${rating}`,
  adminLink: 'Manage koffiedate rounds',
  adminOnly: 'Only platform admins can manage koffiedate rounds.',
  adminTitle: 'Koffiedate rounds',
  adminIntro:
    'Every month a round opens on the configured schedule; it is matched after sign-up closes. Look at a preview first; running it again never matches or emails anyone twice.',
  roundRepeatRule: (months: number, since: string) =>
    months > 0
      ? `Excluded in this round: anyone who already had a koffiedate together (in a pair or trio) in a round opened in the ${monthsEn(months)} before this one, so after ${since}.`
      : 'Earlier koffiedates do not count in this round: anyone can be matched with anyone.',
  openRound: "Open this month's round",
  rounds: 'Rounds',
  period: 'Round',
  state: 'State',
  participants: 'Participants',
  states: {
    OPEN: 'Sign-up open',
    MATCHING: 'Being matched',
    MATCHED: 'Matched',
    CLOSED: 'Closed',
  } as Record<CoffeeDateRoundState, string>,
  team: (day) => `Team koffiedate ${day}`,
  show: (period) => `Details of ${period}`,
  statsTitle: (period) => `Figures ${period}`,
  chartTitle: 'Participation and result',
  chartDescription: (list) => `Bar chart. ${list}`,
  figure: 'Figure',
  value: 'Count',
  figures: {
    participants: 'Participants',
    matched: 'Matched',
    pairs: 'Pairs',
    trios: 'Trios',
    unmatched: 'Not matched',
    reportedMeetings: 'Reported meetings',
  },
  crossMinistry: (rate) => `Across ministries: ${rate}`,
  averageRating: (avg, n) => `Average rating: ${avg} (${n} ratings)`,
  noRatings: 'No ratings yet.',
  unmatchedWhy: 'Not matched, and why',
  styleMix: "Participants' preferred styles",
  withoutProfile: (n) => `Without a boundary-spanner profile: ${n}`,
  styleNames: {
    verbinder: 'Connector',
    motivator: 'Motivator',
    cartograaf: 'Cartographer',
    held: 'Hero',
    vinder: 'Finder',
    onderhandelaar: 'Negotiator',
  },
  reasons: {
    'only-participant': 'only one signed up',
    'no-valid-partner': 'nobody allowed (same ministry, list or met recently)',
    'partners-taken': 'no partner left',
    'partner-declined': 'partner declined, no new match',
  },
  preview: 'Preview the matching',
  previewTitle: 'Preview',
  previewStored: 'These are the groups that were sent.',
  previewDry: 'Nothing has been stored or sent yet.',
  previewSummary: (groups, unmatched, violations) =>
    `${groups} groups, ${unmatched} not matched, ${violations} rule violations.`,
  match: 'Close sign-up and match now',
  matched: 'The matching runs; the emails go out by themselves.',
  close: 'Close the round',
  closed: 'The round is closed.',
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useCoffeeDateText() {
  const { lang, t } = useLanguage();
  return { k: dictionaries[lang], t, lang };
}

/** "december 2026" for 2026-12. */
export function periodName(period: string | null | undefined, lang: Language): string {
  if (!period) return '';
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${period}-15T12:00:00Z`));
}

/** A day; `withYear` for days that may lie in another year than today. */
export function formatDay(iso: string, lang: Language, withYear = false): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}
