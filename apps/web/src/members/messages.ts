import type { ProfileVisibility } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

/** The profile parts with their own visibility choice, in the order of the form. */
export const PROFILE_PARTS = [
  'email',
  'organisation',
  'jobRole',
  'themes',
  'bio',
  'offer',
  'seeking',
] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];

const nl = {
  // my profile
  editTitle: 'Mijn profiel',
  editIntro:
    'Zo zien andere leden je. Bij elk onderdeel kies je wie het mag zien; je naam zien leden altijd.',
  viewMine: 'Bekijk je profiel zoals anderen het zien',
  aboutLegend: 'Over jou',
  bioLabel: 'Korte introductie (optioneel)',
  bioDescription: 'Waar werk je aan, wat drijft je? Hooguit 2000 tekens.',
  offerLabel: 'Wat ik te bieden heb (aanbod, optioneel)',
  offerDescription:
    'Kennis, ervaring of contacten die je met anderen wilt delen. Hooguit 1000 tekens.',
  seekingLabel: 'Waar ik naar zoek (vraag, optioneel)',
  seekingDescription: 'Vragen waarmee je verder wilt, of mensen die je wilt leren kennen.',
  languageLegend: 'Taal',
  languageDescription: 'De taal van Leerhuis en van je e-mails.',
  visibilityTitle: 'Wie ziet wat',
  visibilityIntro:
    'Kies per onderdeel of alle leden van Leerhuis het zien of alleen jij. Ook beheerders zien wat je voor jezelf houdt niet.',
  visibilityLabel: (part: string) => `Wie ziet: ${part}`,
  parts: {
    email: 'Je werkadres (e-mail)',
    organisation: 'Organisatie',
    jobRole: 'Functie',
    themes: 'Thema’s',
    bio: 'Introductie',
    offer: 'Aanbod',
    seeking: 'Vraag',
  } as Record<ProfilePart, string>,
  visibilities: {
    MEMBERS: 'Alle leden',
    PRIVATE: 'Alleen ik',
  } as Record<ProfileVisibility, string>,
  boundarySpannerHint: 'Wie je grenswerkersprofiel ziet, kies je bij',
  boundarySpannerLink: 'je grenswerkersprofiel',
  save: 'Profiel opslaan',
  saved: 'Je profiel is opgeslagen.',
  nameRequired: 'Vul je naam in (minstens 2 tekens).',
  // member page
  memberPageTitle: (name: string) => name,
  organisation: 'Organisatie',
  jobRole: 'Functie',
  themes: 'Thema’s',
  bio: 'Introductie',
  offer: 'Aanbod: wat ik te bieden heb',
  seeking: 'Vraag: waar ik naar zoek',
  email: 'E-mail',
  mailTo: (name: string) => `Mail ${name}`,
  inCommon: 'CoP’s die jullie delen',
  inCommonNone: 'Jullie zitten nog niet samen in een CoP.',
  styles: 'Voorkeursstijl als grenswerker',
  nothingShared: 'Dit lid deelt verder nog niets met andere leden.',
  thisIsYou:
    'Dit is je eigen profiel zoals andere leden het zien; onderdelen die je voor jezelf houdt staan er voor hen niet bij.',
  editMine: 'Profiel bewerken',
  memberNotFound: 'Dit lid bestaat niet (meer).',
  toDirectory: 'Naar alle leden',
  // directory
  directoryTitle: 'Leden',
  directoryIntro:
    'Vind collega’s op naam, organisatie, thema of wat ze te bieden hebben. Je ziet alleen wat leden met andere leden delen.',
  searchLabel: 'Naam',
  organisationLabel: 'Organisatie',
  allOrganisations: 'Alle organisaties',
  themeLabel: 'Thema',
  allThemes: 'Alle thema’s',
  offerSearchLabel: 'Aanbod bevat',
  offerSearchDescription: 'Bijvoorbeeld: wijkaanpak, Europese subsidies',
  searchButton: 'Zoeken',
  results: (n: number) =>
    n === 0 ? 'Geen leden gevonden.' : n === 1 ? '1 lid gevonden' : `${n} leden gevonden`,
  loadMore: 'Meer leden laden',
  offerShort: 'Aanbod:',
};

export type MemberMessages = typeof nl;

const en: MemberMessages = {
  editTitle: 'My profile',
  editIntro:
    'This is how other members see you. For each part you choose who may see it; members always see your name.',
  viewMine: 'See your profile as others see it',
  aboutLegend: 'About you',
  bioLabel: 'Short introduction (optional)',
  bioDescription: 'What do you work on, what drives you? At most 2000 characters.',
  offerLabel: 'What I can offer (optional)',
  offerDescription:
    'Knowledge, experience or contacts you would like to share. At most 1000 characters.',
  seekingLabel: 'What I am looking for (optional)',
  seekingDescription: 'Questions you want to take further, or people you would like to meet.',
  languageLegend: 'Language',
  languageDescription: 'The language of Leerhuis and of your emails.',
  visibilityTitle: 'Who sees what',
  visibilityIntro:
    'For each part, choose whether every member of Leerhuis sees it or only you. Admins do not see what you keep to yourself either.',
  visibilityLabel: (part: string) => `Who sees: ${part}`,
  parts: {
    email: 'Your work address (email)',
    organisation: 'Organisation',
    jobRole: 'Job role',
    themes: 'Themes',
    bio: 'Introduction',
    offer: 'Offer',
    seeking: 'Looking for',
  },
  visibilities: { MEMBERS: 'All members', PRIVATE: 'Only me' },
  boundarySpannerHint: 'You choose who sees your boundary-spanner profile on',
  boundarySpannerLink: 'your boundary-spanner profile',
  save: 'Save profile',
  saved: 'Your profile is saved.',
  nameRequired: 'Enter your name (at least 2 characters).',
  memberPageTitle: (name: string) => name,
  organisation: 'Organisation',
  jobRole: 'Job role',
  themes: 'Themes',
  bio: 'Introduction',
  offer: 'Offer: what I can offer',
  seeking: 'Looking for',
  email: 'Email',
  mailTo: (name: string) => `Email ${name}`,
  inCommon: 'CoPs you share',
  inCommonNone: 'You are not in a CoP together yet.',
  styles: 'Preferred boundary-spanner style',
  nothingShared: 'This member does not share anything else with other members yet.',
  thisIsYou:
    'This is your own profile as other members see it; parts you keep to yourself are not shown to them.',
  editMine: 'Edit profile',
  memberNotFound: 'This member does not exist (any more).',
  toDirectory: 'To all members',
  directoryTitle: 'Members',
  directoryIntro:
    'Find colleagues by name, organisation, theme or what they can offer. You only see what members share with other members.',
  searchLabel: 'Name',
  organisationLabel: 'Organisation',
  allOrganisations: 'All organisations',
  themeLabel: 'Theme',
  allThemes: 'All themes',
  offerSearchLabel: 'Offer contains',
  offerSearchDescription: 'For example: neighbourhood approach, EU funding',
  searchButton: 'Search',
  results: (n: number) =>
    n === 0 ? 'No members found.' : n === 1 ? '1 member found' : `${n} members found`,
  loadMore: 'Load more members',
  offerShort: 'Offers:',
};

const dictionaries: Record<Language, MemberMessages> = { nl, en };

export function useMemberText() {
  const { lang, t } = useLanguage();
  return { m: dictionaries[lang], t, lang };
}
