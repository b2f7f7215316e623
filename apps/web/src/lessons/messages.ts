import type { ReadableLessonKind } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

export const KINDS: ReadableLessonKind[] = [
  'COMMUNITY',
  'LEARNING_GROUP',
  'INTERVISION',
] as ReadableLessonKind[];

const month = (value: string, lang: Language) =>
  new Date(`${value}-15T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
  });

const nl = {
  title: 'Oogst',
  intro:
    'Wat er in Leerhuis geleerd is: lessen uit je CoP’s, lessen die met iedereen gedeeld zijn, artikelen van leergroepen en geanonimiseerde intervisielessen.',
  filters: 'Lessen filteren',
  kindLabel: 'Herkomst',
  allKinds: 'Alle herkomsten',
  kinds: {
    COMMUNITY: 'CoP',
    LEARNING_GROUP: 'Leergroep',
    INTERVISION: 'Intervisie',
  } as Record<ReadableLessonKind, string>,
  typeLabel: 'Soort opbrengst',
  allTypes: 'Alle soorten',
  themeLabel: 'Thema',
  allThemes: 'Alle thema’s',
  communityLabel: 'CoP',
  allCommunities: 'Alle CoP’s',
  apply: 'Filteren',
  count: (n: number) => (n === 1 ? '1 les' : `${n} lessen`),
  none: 'Geen lessen gevonden met deze filters.',
  next: 'Volgende pagina',
  firstPage: 'Eerste pagina',
  intervisionTitle: (method: string, closed: string, lang: Language) =>
    `Intervisieles (${method}), ${month(closed, lang)}`,
  anonymised: 'Geanonimiseerd gedeeld met toestemming van de inbrenger.',
  inCommunity: (name: string) => `Uit ${name}`,
  platformWide: 'Gedeeld met heel Leerhuis',
  published: 'Gedeeld op',
  occurredOn: 'Datum',
  back: 'Terug naar de oogst',
  notFound: 'Deze les bestaat niet of je mag hem niet lezen.',
};

export type LessonsMessages = typeof nl;

const en: LessonsMessages = {
  title: 'Harvest',
  intro:
    'What was learned in Leerhuis: lessons from your CoPs, lessons shared with everyone, leergroep articles and anonymised intervisie lessons.',
  filters: 'Filter lessons',
  kindLabel: 'Source',
  allKinds: 'All sources',
  kinds: {
    COMMUNITY: 'CoP',
    LEARNING_GROUP: 'Leergroep',
    INTERVISION: 'Intervisie',
  } as Record<ReadableLessonKind, string>,
  typeLabel: 'Type of outcome',
  allTypes: 'All types',
  themeLabel: 'Theme',
  allThemes: 'All themes',
  communityLabel: 'CoP',
  allCommunities: 'All CoPs',
  apply: 'Filter',
  count: (n: number) => (n === 1 ? '1 lesson' : `${n} lessons`),
  none: 'No lessons found with these filters.',
  next: 'Next page',
  firstPage: 'First page',
  intervisionTitle: (method: string, closed: string, lang: Language) =>
    `Intervisie lesson (${method}), ${month(closed, lang)}`,
  anonymised: 'Shared anonymised with the case owner’s consent.',
  inCommunity: (name: string) => `From ${name}`,
  platformWide: 'Shared with all of Leerhuis',
  published: 'Shared on',
  occurredOn: 'Date',
  back: 'Back to the harvest',
  notFound: 'This lesson does not exist or you may not read it.',
};

export function useLessonsText() {
  const { lang, t } = useLanguage();
  return { l: lang === 'nl' ? nl : en, t, lang };
}
