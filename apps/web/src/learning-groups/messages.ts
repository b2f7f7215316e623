// The leergroepen's strings, Dutch and English; the UI language comes from i18n.tsx.
import type {
  LearningGroupApplicationStatus,
  LearningGroupStatus,
  ProgrammePhase,
  ProgrammeStrategy,
  ProgrammeType,
} from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

export const PROGRAMME_TYPES = [
  'KETENREGIE_FIXED_FRAMEWORKS',
  'KETENREGIE_OWN_FRAMEWORKS',
  'KETENSTURING_MINISTER_FRAMEWORKS',
  'KETENSTURING_COFINANCING',
] as ProgrammeType[];
export const PROGRAMME_STRATEGIES = [
  'POLICY',
  'IMPLEMENTATION',
  'STIMULATION',
] as ProgrammeStrategy[];
export const PROGRAMME_PHASES = ['START', 'UITVOERING', 'AFRONDING'] as ProgrammePhase[];

const nl = {
  nav: 'Leergroepen',
  title: 'Leergroepen',
  intro:
    'In een leergroep spiegelen programmadirecteuren van verschillende ministeries hun ervaringen, met een begeleider. Beschrijf je programma en meld je aan.',
  groupsTitle: 'Leergroepen',
  none: 'Er zijn nog geen leergroepen.',
  facilitatedBy: (name: string) => `Begeleider: ${name}`,
  cohort: (from: string, to: string) => `Van ${from} tot en met ${to}`,
  cadence: (weeks: number, size: number) =>
    `Elke ${weeks} weken een bijeenkomst, groepen van ongeveer ${size} deelnemers`,
  status: {
    OPEN_FOR_APPLICATIONS: 'Aanmelden kan',
    COMPOSING: 'Wordt samengesteld',
    RUNNING: 'Loopt',
    FINISHED: 'Afgerond',
  } satisfies Record<LearningGroupStatus, string>,
  applicationStatus: {
    APPLIED: 'Aangemeld',
    PLACED: 'Ingedeeld',
    NOT_PLACED: 'Niet ingedeeld',
  } satisfies Record<LearningGroupApplicationStatus, string>,
  yourApplication: (status: string) => `Jouw aanmelding: ${status}`,
  open: (name: string) => `Bekijk ${name}`,
  // programmes
  programmesTitle: 'Mijn programma’s',
  noProgrammes: 'Je hebt nog geen programma beschreven. Dat is nodig om je aan te melden.',
  describeTitle: 'Programma beschrijven',
  name: 'Naam van het programma',
  applicant: 'Deelnemer en programma',
  nameDescription: '3 tot 160 tekens.',
  ministry: 'Eigenaar (ministerie)',
  chooseMinistry: 'Kies een ministerie',
  type: 'Type programma',
  strategy: 'Strategie',
  phase: 'Fase',
  themes: 'Thema’s',
  themesDescription: 'Gescheiden door komma’s, bijvoorbeeld: zorg, wonen.',
  hasBudget: 'Het programma heeft een eigen budget',
  describe: 'Programma opslaan',
  described: 'Je programma is opgeslagen.',
  types: {
    KETENREGIE_FIXED_FRAMEWORKS: 'Ketenregie binnen vaste externe kaders',
    KETENREGIE_OWN_FRAMEWORKS: 'Ketenregie binnen zelf gestelde kaders',
    KETENSTURING_MINISTER_FRAMEWORKS: 'Ketensturing binnen kaders van de minister',
    KETENSTURING_COFINANCING: 'Ketensturing via cofinanciering',
  } satisfies Record<ProgrammeType, string>,
  strategies: {
    POLICY: 'Beleidsprogramma',
    IMPLEMENTATION: 'Uitvoeringsprogramma',
    STIMULATION: 'Stimuleringsprogramma',
  } satisfies Record<ProgrammeStrategy, string>,
  phases: { START: 'Start', UITVOERING: 'Uitvoering', AFRONDING: 'Afronding' } satisfies Record<
    ProgrammePhase,
    string
  >,
  // group page
  back: 'Terug naar de leergroepen',
  notFound: 'Deze leergroep bestaat niet.',
  goal: 'Doel',
  applyTitle: 'Aanmelden',
  programme: 'Met welk programma meld je je aan?',
  chooseProgramme: 'Kies een programma',
  describeFirst: 'Beschrijf eerst je programma op de overzichtspagina.',
  learningWish: 'Wat wil je leren?',
  learningWishDescription: '10 tot 2000 tekens. Alleen jij en de begeleider lezen dit.',
  apply: 'Aanmelden',
  applied: 'Je bent aangemeld. De begeleider stelt de groepen samen; je krijgt bericht per e-mail.',
  // composition
  compositionTitle: 'Samenstelling',
  applicationsCount: (n: number) => (n === 1 ? '1 aanmelding' : `${n} aanmeldingen`),
  propose: 'Voorstel maken',
  proposeAgain: 'Nieuw voorstel maken',
  proposeIntro:
    'Het voorstel verdeelt de aanmelders over groepen van 4 tot 8: verschillende ministeries per groep, een mix van programmatypen en fasen en van grenswerkersstijlen. Daarna kun je mensen verplaatsen en bevestigen.',
  group: (n: number) => `Groep ${n}`,
  newGroup: 'Nieuwe groep',
  moveLabel: (name: string) => `Verplaats ${name} naar`,
  move: 'Verplaatsen',
  confirm: 'Samenstelling bevestigen',
  confirmIntro:
    'Na bevestigen krijgt iedere aanmelder bericht; deelnemers krijgen de reeks bijeenkomsten als agendabestand.',
  confirmed: 'De samenstelling is bevestigd en iedereen krijgt bericht.',
  cannotConfirm: 'Dat lukte niet',
  reasons: {
    DIFFERENT_MINISTRIES: (n: number) => `Iedereen komt van een ander ministerie (${n}).`,
    SHARED_MINISTRY: (n: number) =>
      n === 1 ? 'Eén ministerie komt twee keer voor.' : `${n} ministeries komen vaker voor.`,
    PROGRAMME_TYPE_MIX: (n: number) => `${n} verschillende programmatypen.`,
    PHASE_MIX: (n: number) => `${n} verschillende fasen.`,
    STYLE_MIX: (n: number) => `${n} van de zes grenswerkersstijlen als voorkeursstijl.`,
    NO_PROFILES: () => 'Nog niemand heeft een grenswerkersprofiel.',
    SIZE: (n: number) => `${n} deelnemers.`,
  } as Record<string, (n: number) => string>,
  withdraw: 'Aanmelding intrekken',
  withdrawn: 'Je aanmelding is ingetrokken.',
  finish: 'Leergroep afronden',
  finished: 'De leergroep is afgerond.',
  // admins
  createTitle: 'Leergroep openen',
  createIntro: 'Alleen platformbeheerders openen een leergroep en wijzen de begeleider aan.',
  groupName: 'Naam van de leergroep',
  goalLabel: 'Doel',
  facilitatorSearch: 'Zoek de begeleider',
  facilitatorSearchDescription:
    'Typ een deel van de naam; de begeleider mag buiten de ministeries werken.',
  facilitator: 'Begeleider',
  chooseFacilitator: 'Kies een begeleider',
  cohortStartsOn: 'Eerste dag van de looptijd',
  cohortEndsOn: 'Laatste dag van de looptijd',
  firstSessionAt: 'Eerste bijeenkomst (tijd in Nederland)',
  location: 'Locatie',
  cadenceWeeks: 'Aantal weken tussen bijeenkomsten',
  targetSize: 'Gewenste groepsgrootte (4 tot 8)',
  create: 'Leergroep openen',
  created: 'De leergroep is geopend voor aanmeldingen.',
  fieldErrors: {
    name: 'Vul 3 tot 160 tekens in.',
    ministryId: 'Kies het ministerie dat eigenaar is.',
    type: 'Kies een type programma.',
    strategy: 'Kies een strategie.',
    phase: 'Kies een fase.',
    themes: 'Elk thema heeft 2 tot 60 tekens; maximaal 10 thema’s.',
    programmeId: 'Kies een van je programma’s.',
    learningWish: 'Beschrijf in 10 tot 2000 tekens wat je wilt leren.',
    goal: 'Maximaal 2000 tekens.',
    facilitatorId: 'Kies een begeleider.',
    cohortStartsOn: 'Vul een datum in.',
    cohortEndsOn: 'Vul een datum in na de eerste dag.',
    firstSessionAt:
      'Vul een datum en tijd binnen de looptijd in (een tijd die in Nederland bestaat).',
    location: 'Maximaal 300 tekens.',
    cadenceWeeks: 'Vul 1 tot 26 weken in.',
    targetSize: 'Vul 4 tot 8 in.',
  } as Record<string, string>,
  compositionErrors: {
    GROUP_SIZE_OUT_OF_RANGE: (n: number, size: number) =>
      `Groep ${n} heeft ${size} deelnemers; een groep heeft er 4 tot 8 nodig.`,
    MEMBER_IN_RUNNING_GROUP: (name: string) => `${name} zit al in een lopende leergroep.`,
    NOT_ENOUGH_APPLICANTS: (n: number) =>
      `Voor een groep zijn minstens 4 aanmeldingen nodig; er zijn er nu ${n}.`,
  },
  membersTitle: 'Deelnemers en bijeenkomsten',
  firstSession: (when: string) => `Eerste bijeenkomst: ${when}`,
  sessions: 'Bijeenkomsten',
};

type Messages = typeof nl;

const en: Messages = {
  nav: 'Learning groups',
  title: 'Learning groups',
  intro:
    'In a learning group, programme directors from different ministries mirror their experiences, with a facilitator. Describe your programme and apply.',
  groupsTitle: 'Learning groups',
  none: 'There are no learning groups yet.',
  facilitatedBy: (name) => `Facilitator: ${name}`,
  cohort: (from, to) => `From ${from} to ${to}`,
  cadence: (weeks, size) => `A session every ${weeks} weeks, groups of about ${size}`,
  status: {
    OPEN_FOR_APPLICATIONS: 'Open for applications',
    COMPOSING: 'Being composed',
    RUNNING: 'Running',
    FINISHED: 'Finished',
  },
  applicationStatus: { APPLIED: 'Applied', PLACED: 'Placed', NOT_PLACED: 'Not placed' },
  yourApplication: (status) => `Your application: ${status}`,
  open: (name) => `View ${name}`,
  programmesTitle: 'My programmes',
  noProgrammes: 'You have not described a programme yet. You need one to apply.',
  describeTitle: 'Describe a programme',
  name: 'Programme name',
  applicant: 'Participant and programme',
  nameDescription: '3 to 160 characters.',
  ministry: 'Owner (ministry)',
  chooseMinistry: 'Choose a ministry',
  type: 'Programme type',
  strategy: 'Strategy',
  phase: 'Phase',
  themes: 'Themes',
  themesDescription: 'Separated by commas, for example: care, housing.',
  hasBudget: 'The programme has its own budget',
  describe: 'Save programme',
  described: 'Your programme has been saved.',
  types: {
    KETENREGIE_FIXED_FRAMEWORKS: 'Chain direction within fixed external frameworks',
    KETENREGIE_OWN_FRAMEWORKS: 'Chain direction within self-set frameworks',
    KETENSTURING_MINISTER_FRAMEWORKS: "Chain steering within the minister's frameworks",
    KETENSTURING_COFINANCING: 'Chain steering through co-financing',
  },
  strategies: {
    POLICY: 'Policy programme',
    IMPLEMENTATION: 'Implementation programme',
    STIMULATION: 'Stimulation programme',
  },
  phases: { START: 'Start', UITVOERING: 'Implementation', AFRONDING: 'Completion' },
  back: 'Back to the learning groups',
  notFound: 'This learning group does not exist.',
  goal: 'Goal',
  applyTitle: 'Apply',
  programme: 'Which programme do you apply with?',
  chooseProgramme: 'Choose a programme',
  describeFirst: 'Describe your programme on the overview page first.',
  learningWish: 'What do you want to learn?',
  learningWishDescription: '10 to 2000 characters. Only you and the facilitator read this.',
  apply: 'Apply',
  applied: 'You have applied. The facilitator composes the groups; you will hear by email.',
  compositionTitle: 'Composition',
  applicationsCount: (n) => (n === 1 ? '1 application' : `${n} applications`),
  propose: 'Propose a composition',
  proposeAgain: 'Propose again',
  proposeIntro:
    'The proposal spreads the applicants over groups of 4 to 8: different ministries per group, a mix of programme types and phases and of boundary-spanner styles. Then you can move people and confirm.',
  group: (n) => `Group ${n}`,
  newGroup: 'New group',
  moveLabel: (name) => `Move ${name} to`,
  move: 'Move',
  confirm: 'Confirm composition',
  confirmIntro:
    'After confirming, every applicant is emailed; members get the series of sessions as a calendar file.',
  confirmed: 'The composition is confirmed and everyone is being emailed.',
  cannotConfirm: 'That did not work',
  reasons: {
    DIFFERENT_MINISTRIES: (n) => `Everyone comes from a different ministry (${n}).`,
    SHARED_MINISTRY: (n) =>
      n === 1 ? 'One ministry appears twice.' : `${n} ministries appear more than once.`,
    PROGRAMME_TYPE_MIX: (n) => `${n} different programme types.`,
    PHASE_MIX: (n) => `${n} different phases.`,
    STYLE_MIX: (n) => `${n} of the six boundary-spanner styles as a preferred style.`,
    NO_PROFILES: () => 'Nobody has a boundary-spanner profile yet.',
    SIZE: (n) => `${n} members.`,
  },
  withdraw: 'Withdraw application',
  withdrawn: 'Your application has been withdrawn.',
  finish: 'Finish the learning group',
  finished: 'The learning group is finished.',
  createTitle: 'Open a learning group',
  createIntro: 'Only platform admins open a learning group and appoint its facilitator.',
  groupName: 'Name of the learning group',
  goalLabel: 'Goal',
  facilitatorSearch: 'Find the facilitator',
  facilitatorSearchDescription:
    'Type part of the name; the facilitator may work outside the ministries.',
  facilitator: 'Facilitator',
  chooseFacilitator: 'Choose a facilitator',
  cohortStartsOn: 'First day of the cohort',
  cohortEndsOn: 'Last day of the cohort',
  firstSessionAt: 'First session (Netherlands time)',
  location: 'Location',
  cadenceWeeks: 'Weeks between sessions',
  targetSize: 'Preferred group size (4 to 8)',
  create: 'Open learning group',
  created: 'The learning group is open for applications.',
  fieldErrors: {
    name: 'Enter 3 to 160 characters.',
    ministryId: 'Choose the owning ministry.',
    type: 'Choose a programme type.',
    strategy: 'Choose a strategy.',
    phase: 'Choose a phase.',
    themes: 'Each theme has 2 to 60 characters; at most 10 themes.',
    programmeId: 'Choose one of your programmes.',
    learningWish: 'Describe in 10 to 2000 characters what you want to learn.',
    goal: 'At most 2000 characters.',
    facilitatorId: 'Choose a facilitator.',
    cohortStartsOn: 'Enter a date.',
    cohortEndsOn: 'Enter a date after the first day.',
    firstSessionAt:
      'Enter a date and time within the cohort (a time that exists in the Netherlands).',
    location: 'At most 300 characters.',
    cadenceWeeks: 'Enter 1 to 26 weeks.',
    targetSize: 'Enter 4 to 8.',
  },
  compositionErrors: {
    GROUP_SIZE_OUT_OF_RANGE: (n, size) => `Group ${n} has ${size} members; a group needs 4 to 8.`,
    MEMBER_IN_RUNNING_GROUP: (name) => `${name} is already in a running learning group.`,
    NOT_ENOUGH_APPLICANTS: (n) => `A group needs at least 4 applications; there are ${n} now.`,
  },
  membersTitle: 'Members and sessions',
  firstSession: (when) => `First session: ${when}`,
  sessions: 'Sessions',
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useLearningGroupText() {
  const { lang, t } = useLanguage();
  return { l: dictionaries[lang], t, lang };
}

export function formatDay(isoDate: string, lang: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatSession(instant: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** The UI's message for a refused field; the API's (English) message when there is none. */
export function fieldMessage(
  l: { fieldErrors: Record<string, string> },
  field: string,
  apiMessage: string | undefined,
): string | undefined {
  return apiMessage === undefined ? undefined : (l.fieldErrors[field] ?? apiMessage);
}

/** One message per field (a field can break two rules with the same message), in API order. */
export function firstPerField<T extends { field: string }>(fields: readonly T[]): T[] {
  const seen = new Set<string>();
  return fields.filter((f) => !seen.has(f.field) && seen.add(f.field));
}
