import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

import type { JobRole } from './gql/graphql';

export type Language = 'nl' | 'en';

const nl = {
  appName: 'Leerhuis',
  tagline: 'Samen leren over de grenzen van je organisatie',
  skipLink: 'Naar de hoofdinhoud',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  signOut: 'Uitloggen',
  mainNav: 'Hoofdmenu',
  // The main menu's labels live here, not in each domain's messages, so the page shell
  // (the first download) does not carry every domain's texts.
  navMine: "Mijn CoP's",
  navDiscover: 'Ontdekken',
  navPropose: 'CoP starten',
  navAgenda: 'Agenda',
  navLessons: 'Oogst',
  navBoundarySpanner: 'Grenswerkersprofiel',
  navIntervision: 'Intervisie',
  navCoffeeDate: 'Koffiedate',
  navLearningGroups: 'Leergroepen',
  navMembers: 'Leden',
  navProfile: 'Mijn profiel',
  menu: 'Menu',
  adminNav: 'Beheermenu',
  adminNavTitle: 'Beheer',
  navMailAdmin: 'E-mail',
  navCoffeeDateAdmin: 'Koffiedates',
  navOrganisations: 'Organisaties',
  navRoles: 'Platformrollen',
  navQueues: 'Wachtrijen (Bull Board)',
  footer: 'Leerhuis is een platform van en voor de Rijksoverheid.',
  accessibilityStatement: 'Toegankelijkheid',
  privacyStatement: 'Privacy',
  signInPrivacy: 'Wat we met je gegevens doen, lees je in de privacyverklaring.',
  loading: 'Bezig met laden…',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet.',
  toHome: 'Naar de startpagina',
  errorSummaryTitle: 'Er ging iets mis',
  fixFields: 'Controleer de gemarkeerde velden.',
  genericError: 'Er ging iets mis. Probeer het later opnieuw.',
  unavailable: (seconds: number) =>
    `Leerhuis is even niet bereikbaar. Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`,
  rateLimited: (minutes: number) =>
    `Je hebt te vaak een inloglink aangevraagd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  required: 'Dit veld is verplicht.',
  // sign in
  signInTitle: 'Inloggen',
  signInIntro:
    'Log in met je werkadres. Je krijgt een e-mail met een inloglink; je hebt geen wachtwoord nodig.',
  emailLabel: 'E-mailadres',
  emailDescription: 'Je zakelijke e-mailadres, bijvoorbeeld naam@minbzk.nl.',
  emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@minbzk.nl.',
  sendLink: 'Stuur inloglink',
  checkMailTitle: 'Check je mail',
  checkMailText: (email: string, minutes: number) =>
    `Als ${email} bij Leerhuis hoort, staat er nu een inloglink in je mailbox. De link werkt ${minutes} minuten en één keer.`,
  otherAddress: 'Een ander adres gebruiken',
  // the emailed link did not work (the API sends the browser to /inloggen?link=…)
  linkFailedTitle: 'Deze inloglink werkt niet meer',
  linkFailed: {
    used: 'Deze inloglink is al gebruikt. Elke link werkt één keer.',
    expired: 'Deze inloglink is verlopen. Een link werkt 15 minuten.',
    invalid: 'Deze inloglink klopt niet. Misschien is hij niet helemaal overgenomen uit de e-mail.',
  } as Record<'used' | 'expired' | 'invalid', string>,
  linkFailedNext: 'Vraag hieronder een nieuwe inloglink aan.',
  // home
  welcome: (name: string) => `Welkom, ${name}`,
  homeSignedOutTitle: 'Welkom bij Leerhuis',
  homeSignedOutText:
    'Leerhuis brengt rijksambtenaren samen in Communities of Practice, leergroepen, koffiedates en intervisie.',
  toSignIn: 'Inloggen',
  myCommunities: "Mijn CoP's",
  myCommunitiesEmpty: 'Je bent nog geen lid van een Community of Practice.',
  yourOrganisation: 'Je organisatie',
  // profile
  profileTitle: 'Maak je profiel af',
  profileIntro:
    'Nog een paar gegevens, dan kun je aan de slag. Alle velden zijn verplicht tenzij anders vermeld.',
  nameLabel: 'Naam',
  nameDescription: 'Zoals collega’s je kennen.',
  organisationLegend: 'Organisatie',
  organisationDescription: 'Zoek op naam of afkorting, of blader door de organisaties.',
  organisationSearch: 'Zoek een organisatie',
  organisationRequired: 'Kies een organisatie uit de lijst.',
  organisationNone: 'Geen organisaties gevonden.',
  organisationChosen: (name: string) => `Gekozen: ${name}`,
  allOrganisations: 'Alle organisaties',
  showChildren: (name: string) => `Onderdelen van ${name}`,
  resultsCount: (count: number) =>
    count === 1 ? '1 organisatie gevonden' : `${count} organisaties gevonden`,
  jobRoleLabel: 'Functie',
  jobRoleChoose: 'Kies je functie',
  themesLegend: 'Thema’s (optioneel)',
  themesDescription: 'Waar wil je van leren of aan bijdragen?',
  languageLegend: 'Taal van e-mails',
  saveProfile: 'Profiel opslaan',
};

export type Messages = typeof nl;

const en: Messages = {
  appName: 'Leerhuis',
  tagline: 'Learning together across the boundaries of your organisation',
  skipLink: 'Skip to main content',
  switchLanguage: 'Nederlands',
  switchLanguageLabel: 'Schakel naar Nederlands',
  signOut: 'Sign out',
  mainNav: 'Main menu',
  navMine: 'My CoPs',
  navDiscover: 'Discover',
  navPropose: 'Start a CoP',
  navAgenda: 'Agenda',
  navLessons: 'Harvest',
  navBoundarySpanner: 'Boundary-spanner profile',
  navIntervision: 'Intervision',
  navCoffeeDate: 'Koffiedate',
  navLearningGroups: 'Learning groups',
  navMembers: 'Members',
  navProfile: 'My profile',
  menu: 'Menu',
  adminNav: 'Admin menu',
  adminNavTitle: 'Admin',
  navMailAdmin: 'Email',
  navCoffeeDateAdmin: 'Coffee dates',
  navOrganisations: 'Organisations',
  navRoles: 'Platform roles',
  navQueues: 'Queues (Bull Board)',
  footer: 'Leerhuis is a platform of and for the Dutch central government.',
  accessibilityStatement: 'Accessibility',
  privacyStatement: 'Privacy',
  signInPrivacy: 'What we do with your data is in the privacy statement.',
  loading: 'Loading…',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist.',
  toHome: 'Go to the home page',
  errorSummaryTitle: 'Something went wrong',
  fixFields: 'Please check the marked fields.',
  genericError: 'Something went wrong. Please try again later.',
  unavailable: (seconds: number) =>
    `Leerhuis cannot be reached right now. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  rateLimited: (minutes: number) =>
    `You asked for a sign-in link too often. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  required: 'This field is required.',
  signInTitle: 'Sign in',
  signInIntro:
    'Sign in with your work address. We email you a sign-in link; you do not need a password.',
  emailLabel: 'Email address',
  emailDescription: 'Your work email address, for example name@minbzk.nl.',
  emailInvalid: 'Enter a valid email address, like name@minbzk.nl.',
  sendLink: 'Send sign-in link',
  checkMailTitle: 'Check your email',
  checkMailText: (email: string, minutes: number) =>
    `If ${email} belongs to Leerhuis, a sign-in link is now in your inbox. The link works for ${minutes} minutes, once.`,
  otherAddress: 'Use another address',
  linkFailedTitle: 'This sign-in link no longer works',
  linkFailed: {
    used: 'This sign-in link has already been used. Each link works once.',
    expired: 'This sign-in link has expired. A link works for 15 minutes.',
    invalid: 'This sign-in link is not valid. Perhaps it was not copied completely from the email.',
  },
  linkFailedNext: 'Request a new sign-in link below.',
  welcome: (name: string) => `Welcome, ${name}`,
  homeSignedOutTitle: 'Welcome to Leerhuis',
  homeSignedOutText:
    'Leerhuis brings civil servants together in Communities of Practice, learning groups, coffee dates and peer consultation.',
  toSignIn: 'Sign in',
  myCommunities: 'My CoPs',
  myCommunitiesEmpty: 'You are not a member of a Community of Practice yet.',
  yourOrganisation: 'Your organisation',
  profileTitle: 'Complete your profile',
  profileIntro:
    'A few more details and you are ready. All fields are required unless marked optional.',
  nameLabel: 'Name',
  nameDescription: 'As your colleagues know you.',
  organisationLegend: 'Organisation',
  organisationDescription: 'Search by name or abbreviation, or browse the organisations.',
  organisationSearch: 'Search for an organisation',
  organisationRequired: 'Choose an organisation from the list.',
  organisationNone: 'No organisations found.',
  organisationChosen: (name: string) => `Chosen: ${name}`,
  allOrganisations: 'All organisations',
  showChildren: (name: string) => `Parts of ${name}`,
  resultsCount: (count: number) =>
    count === 1 ? '1 organisation found' : `${count} organisations found`,
  jobRoleLabel: 'Job role',
  jobRoleChoose: 'Choose your job role',
  themesLegend: 'Themes (optional)',
  themesDescription: 'What would you like to learn about or contribute to?',
  languageLegend: 'Language of emails',
  saveProfile: 'Save profile',
};

export const JOB_ROLES: Record<Language, Record<JobRole, string>> = {
  nl: {
    POLICY_OFFICER: 'Beleidsmedewerker',
    ADVISER: 'Adviseur',
    PROGRAMME_MANAGER: 'Programmamanager',
    PROGRAMME_DIRECTOR: 'Programmadirecteur',
    MANAGER: 'Leidinggevende',
    IMPLEMENTER: 'Uitvoerder',
    INSPECTOR: 'Inspecteur',
    FACILITATOR: 'Facilitator',
    TRAINEE: 'Trainee',
    OTHER: 'Anders',
  },
  en: {
    POLICY_OFFICER: 'Policy officer',
    ADVISER: 'Adviser',
    PROGRAMME_MANAGER: 'Programme manager',
    PROGRAMME_DIRECTOR: 'Programme director',
    MANAGER: 'Manager',
    IMPLEMENTER: 'Implementation officer',
    INSPECTOR: 'Inspector',
    FACILITATOR: 'Facilitator',
    TRAINEE: 'Trainee',
    OTHER: 'Other',
  },
};

/** Stored theme values are Dutch (the platform's language); the labels follow the UI. */
export const THEMES: { value: string; en: string }[] = [
  { value: 'Samenwerking', en: 'Collaboration' },
  { value: 'Programmasturing', en: 'Programme management' },
  { value: 'Digitalisering', en: 'Digitalisation' },
  { value: 'Uitvoering', en: 'Implementation' },
  { value: 'Wetgeving', en: 'Legislation' },
  { value: 'Klimaat en energie', en: 'Climate and energy' },
];

export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

const STORAGE_KEY = 'leerhuis.language';
const dictionaries: Record<Language, Messages> = { nl, en };

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

interface LanguageState {
  lang: Language;
  t: Messages;
  setLang(lang: Language): void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Dutch by default; the choice is remembered in localStorage and `<html lang>` follows it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLangState(next);
  }, []);
  return (
    <LanguageContext.Provider value={{ lang, t: dictionaries[lang], setLang }}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
