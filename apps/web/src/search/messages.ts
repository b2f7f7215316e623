import { type Language, useLanguage } from '../i18n';

const nl = {
  nav: 'Zoeken',
  boxLabel: 'Zoek in Leerhuis',
  boxPlaceholder: 'Zoek CoP’s, discussies, lessen, leden',
  submit: 'Zoeken',
  title: 'Zoeken',
  titleFor: (q: string) => `Zoekresultaten voor “${q}”`,
  intro:
    'Zoek in CoP’s, discussies, lessen en leden. Een tikfout of andere vorm van een woord vindt ook wat je bedoelt.',
  fieldLabel: 'Zoekterm',
  kindLabel: 'Zoeken in',
  allKinds: 'Alles',
  searching: 'Bezig met zoeken…',
  failed: 'Zoeken lukte niet. Probeer het opnieuw.',
  tooLong: 'Gebruik hoogstens 200 tekens.',
  nothing: (q: string) => `Niets gevonden voor “${q}”. Probeer een ander of korter woord.`,
  found: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
  more: 'Er zijn meer resultaten: maak je zoekterm specifieker.',
  groups: {
    communities: 'Communities of Practice',
    discussions: 'Discussies',
    lessons: 'Lessen',
    members: 'Leden',
  },
  inCommunity: (name: string) => `in ${name}`,
  platformWide: 'Gedeeld met heel Leerhuis',
  titleOnly: 'Besloten CoP: alleen de titel wordt getoond.',
  inReply: 'in een reactie',
};

type SearchMessages = typeof nl;

const en: SearchMessages = {
  nav: 'Search',
  boxLabel: 'Search Leerhuis',
  boxPlaceholder: 'Search CoPs, discussions, lessons, members',
  submit: 'Search',
  title: 'Search',
  titleFor: (q: string) => `Search results for “${q}”`,
  intro:
    'Search CoPs, discussions, lessons and members. A typo or another form of a word still finds what you mean.',
  fieldLabel: 'Search term',
  kindLabel: 'Search in',
  allKinds: 'Everything',
  searching: 'Searching…',
  failed: 'Searching failed. Please try again.',
  tooLong: 'Use at most 200 characters.',
  nothing: (q: string) => `Nothing found for “${q}”. Try another or a shorter word.`,
  found: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  more: 'There are more results: make your search more specific.',
  groups: {
    communities: 'Communities of Practice',
    discussions: 'Discussions',
    lessons: 'Lessons',
    members: 'Members',
  },
  inCommunity: (name: string) => `in ${name}`,
  platformWide: 'Shared with all of Leerhuis',
  titleOnly: 'Closed CoP: only the title is shown.',
  inReply: 'in a reply',
};

const dictionaries: Record<Language, SearchMessages> = { nl, en };

export function useSearchText() {
  const { lang, t } = useLanguage();
  return { s: dictionaries[lang], t, lang };
}
