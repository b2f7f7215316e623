import type { BoundarySpannerStyle, BoundarySpannerVisibility } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

export const STYLES = [
  'VERBINDER',
  'MOTIVATOR',
  'CARTOGRAAF',
  'HELD',
  'VINDER',
  'ONDERHANDELAAR',
] as BoundarySpannerStyle[];

export const VISIBILITIES = [
  'PRIVATE',
  'MY_COMMUNITIES',
  'EVERYONE',
] as BoundarySpannerVisibility[];

/** /grenswerkers/stijlen/<slug>: the style in lower case. */
export const styleSlug = (style: BoundarySpannerStyle) => style.toLowerCase();
export const styleFromSlug = (slug: string) =>
  STYLES.find((style) => styleSlug(style) === slug.toLowerCase()) ?? null;

const nl = {
  nav: 'Grenswerkersprofiel',
  title: 'Mijn grenswerkersprofiel',
  intro:
    'Een grenswerker werkt over de grenzen van de eigen organisatie heen aan een gezamenlijke opgave. Iedereen heeft alle zes de stijlen in zich; je profiel laat zien welke je het meest gebruikt. De situatie bepaalt welke stijl je inzet.',
  noProfile: 'Je hebt de grenswerkersvragen nog niet ingevuld.',
  start: 'Vragenlijst invullen',
  resume: 'Verder met de vragenlijst',
  retake: 'Vragenlijst opnieuw invullen',
  preferred: (names: string) => `Je voorkeursstijl: ${names}.`,
  preferredMany: (names: string) => `Je voorkeursstijlen: ${names}.`,
  takenOn: (date: string) => `Ingevuld op ${date}.`,
  chartTitle: 'Scores per stijl',
  chartDescription: (list: string) =>
    `Staafdiagram van 0 tot 100; ★ is een voorkeursstijl. ${list}`,
  tableCaption: 'Scores per stijl (0 tot 100)',
  styleColumn: 'Stijl',
  scoreColumn: 'Score',
  preferredMark: 'voorkeur',
  visibilityTitle: 'Zichtbaarheid',
  visibilityLegend: 'Wie mag je profiel zien?',
  visibilities: {
    PRIVATE: 'Alleen ik',
    MY_COMMUNITIES: "Leden van mijn CoP's",
    EVERYONE: 'Iedereen in Leerhuis',
  } as Record<BoundarySpannerVisibility, string>,
  visibilityDescriptions: {
    PRIVATE: 'Niemand anders ziet je profiel; het telt niet mee in teamprofielen.',
    MY_COMMUNITIES: 'Leden van de CoP’s waar jij lid van bent, ook in het teamprofiel van de CoP.',
    EVERYONE: 'Iedereen die in Leerhuis is ingelogd.',
  } as Record<BoundarySpannerVisibility, string>,
  saveVisibility: 'Zichtbaarheid opslaan',
  visibilitySaved: 'Je keuze is opgeslagen.',
  history: 'Eerdere profielen',
  historyIntro: 'Bij opnieuw invullen bewaren we je eerdere profielen.',
  styles: 'De zes stijlen',
  stylesIntro: 'Lees per stijl wat die brengt, waar je op moet letten en hoe je ermee samenwerkt.',
  // questionnaire
  questionnaireTitle: 'Grenswerkersvragen',
  questionnaireIntro:
    'Geef bij elke uitspraak aan in hoeverre die bij jou past in je werk over grenzen heen. Er zijn geen goede of foute antwoorden. Je antwoorden worden meteen bewaard: je kunt later verdergaan.',
  progress: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
  scale: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  statement: (n: number, total: number) => `Uitspraak ${n} van ${total}`,
  saving: 'Bezig met opslaan…',
  saved: 'Je antwoord is opgeslagen.',
  saveFailed: 'Je antwoord kon niet worden opgeslagen. Probeer het opnieuw.',
  submit: 'Bekijk mijn profiel',
  submitHint: 'Beantwoord eerst alle uitspraken.',
  missingTitle: 'Nog niet alles beantwoord',
  missing: (n: number) => `Uitspraak ${n} is nog niet beantwoord.`,
  outdated: 'Er is een nieuwe versie van de vragenlijst. De pagina is ververst.',
  done: 'Je profiel is klaar.',
  // style pages
  brings: 'Wat deze stijl brengt',
  qualities: 'Kwaliteiten',
  pitfalls: 'Valkuilen',
  workingWith: 'Samenwerken met deze stijl',
  complements: 'Hoe deze stijl de andere aanvult',
  otherStyles: 'Andere stijlen',
  allStyles: 'Alle stijlen',
  toMyProfile: 'Naar mijn profiel',
  unknownStyle: 'Deze stijl bestaat niet.',
  // team profile
  team: 'Teamprofiel',
  teamIntro:
    'Waar staan we in de theedoos? De mix van stijlen van de leden die hun profiel met jou delen.',
  teamMembersOnly: 'Alleen leden zien het teamprofiel van deze CoP.',
  teamCounted: (counted: number, total: number) =>
    `${counted} van ${total} leden delen hun profiel met jou.`,
  teamHidden: (n: number) =>
    n === 1
      ? '1 lid heeft geen profiel of deelt het niet.'
      : `${n} leden hebben geen profiel of delen het niet.`,
  teamNone: 'Nog niemand deelt een profiel met jou.',
  teamDominant: (names: string) => `Meest voorkomende voorkeur: ${names}.`,
  teamChartTitle: 'Gemiddelde score per stijl',
  averageColumn: 'Gemiddelde',
  preferredByColumn: 'Voorkeur van',
  members: (n: number) => (n === 1 ? '1 lid' : `${n} leden`),
  names: {
    VERBINDER: 'Verbinder',
    MOTIVATOR: 'Motivator',
    CARTOGRAAF: 'Cartograaf',
    HELD: 'Held',
    VINDER: 'Vinder',
    ONDERHANDELAAR: 'Onderhandelaar',
  } as Record<BoundarySpannerStyle, string>,
};

export type BoundarySpannerMessages = typeof nl;

const en: BoundarySpannerMessages = {
  nav: 'Boundary-spanner profile',
  title: 'My boundary-spanner profile',
  intro:
    'A boundary spanner works across the boundaries of their own organisation on a shared task. Everyone has all six styles; your profile shows which you use most. The situation decides which style you use.',
  noProfile: 'You have not answered the boundary-spanner questions yet.',
  start: 'Answer the questionnaire',
  resume: 'Continue the questionnaire',
  retake: 'Answer the questionnaire again',
  preferred: (names: string) => `Your preferred style: ${names}.`,
  preferredMany: (names: string) => `Your preferred styles: ${names}.`,
  takenOn: (date: string) => `Answered on ${date}.`,
  chartTitle: 'Scores per style',
  chartDescription: (list: string) => `Bar chart from 0 to 100; ★ marks a preferred style. ${list}`,
  tableCaption: 'Scores per style (0 to 100)',
  styleColumn: 'Style',
  scoreColumn: 'Score',
  preferredMark: 'preferred',
  visibilityTitle: 'Visibility',
  visibilityLegend: 'Who may see your profile?',
  visibilities: {
    PRIVATE: 'Only me',
    MY_COMMUNITIES: 'Members of my CoPs',
    EVERYONE: 'Everyone in Leerhuis',
  } as Record<BoundarySpannerVisibility, string>,
  visibilityDescriptions: {
    PRIVATE: 'Nobody else sees your profile; it does not count in team profiles.',
    MY_COMMUNITIES: 'Members of the CoPs you belong to, also in the CoP’s team profile.',
    EVERYONE: 'Everyone signed in to Leerhuis.',
  } as Record<BoundarySpannerVisibility, string>,
  saveVisibility: 'Save visibility',
  visibilitySaved: 'Your choice is saved.',
  history: 'Earlier profiles',
  historyIntro: 'When you answer again, we keep your earlier profiles.',
  styles: 'The six styles',
  stylesIntro: 'Read per style what it brings, what to watch out for and how to work with it.',
  questionnaireTitle: 'Boundary-spanner questions',
  questionnaireIntro:
    'For each statement, say how well it fits you in your work across boundaries. There are no right or wrong answers. Your answers are saved at once: you can continue later.',
  progress: (answered: number, total: number) => `${answered} of ${total} answered`,
  scale: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
  statement: (n: number, total: number) => `Statement ${n} of ${total}`,
  saving: 'Saving…',
  saved: 'Your answer is saved.',
  saveFailed: 'Your answer could not be saved. Please try again.',
  submit: 'Show my profile',
  submitHint: 'Answer all statements first.',
  missingTitle: 'Not everything answered yet',
  missing: (n: number) => `Statement ${n} has no answer yet.`,
  outdated: 'There is a new version of the questionnaire. The page was refreshed.',
  done: 'Your profile is ready.',
  brings: 'What this style brings',
  qualities: 'Qualities',
  pitfalls: 'Pitfalls',
  workingWith: 'Working with this style',
  complements: 'How this style complements the others',
  otherStyles: 'Other styles',
  allStyles: 'All styles',
  toMyProfile: 'To my profile',
  unknownStyle: 'This style does not exist.',
  team: 'Team profile',
  teamIntro:
    'Where are we in the tea box? The mix of styles of the members who share their profile with you.',
  teamMembersOnly: 'Only members see this CoP’s team profile.',
  teamCounted: (counted: number, total: number) =>
    `${counted} of ${total} members share their profile with you.`,
  teamHidden: (n: number) =>
    n === 1
      ? '1 member has no profile or does not share it.'
      : `${n} members have no profile or do not share it.`,
  teamNone: 'Nobody shares a profile with you yet.',
  teamDominant: (names: string) => `Most common preference: ${names}.`,
  teamChartTitle: 'Average score per style',
  averageColumn: 'Average',
  preferredByColumn: 'Preferred by',
  members: (n: number) => (n === 1 ? '1 member' : `${n} members`),
  names: {
    VERBINDER: 'Connector',
    MOTIVATOR: 'Motivator',
    CARTOGRAAF: 'Cartographer',
    HELD: 'Hero',
    VINDER: 'Finder',
    ONDERHANDELAAR: 'Negotiator',
  } as Record<BoundarySpannerStyle, string>,
};

const dictionaries: Record<Language, BoundarySpannerMessages> = { nl, en };

export function useBoundarySpannerText() {
  const { lang, t } = useLanguage();
  return { b: dictionaries[lang], t, lang };
}

/** "A, B en C" / "A, B and C". */
export function listNames(names: string[], lang: Language): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names.at(-1)}`;
}
