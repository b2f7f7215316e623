import type { Language } from '../i18n';

/**
 * Retention periods: the defaults of the API's configuration (libs/platform/config
 * app-config.ts, RETENTION_* and friends). Change them together.
 */
export const RETENTION = {
  signInLinkMinutes: 15,
  signInLinkDays: 7,
  sessionDays: 30,
  notificationDays: 180,
  emailLogDays: 365,
  exportLinkDays: 7,
  dataRightsDays: 30,
} as const;

export interface PrivacyTopic {
  title: string;
  what: string;
  why: string;
  howLong: string;
  who: string;
}

const r = RETENTION;

export const PRIVACY: Record<
  Language,
  {
    title: string;
    intro: string[];
    labels: { what: string; why: string; howLong: string; who: string };
    topicsTitle: string;
    topics: PrivacyTopic[];
    rightsTitle: string;
    rights: string[];
    rightsLink: string;
    contactTitle: string;
    contact: string[];
  }
> = {
  nl: {
    title: 'Privacyverklaring',
    intro: [
      'Leerhuis is het leerplatform van en voor de Rijksoverheid. Hier lees je welke gegevens Leerhuis over jou bewaart, waarom, hoe lang en wie ze kan zien.',
      'We bewaren niet meer dan nodig is om het platform te laten werken. We verkopen niets en delen niets met partijen buiten de Rijksoverheid. De grondslag is de publieke taak van de Rijksoverheid om samenwerking en leren tussen ambtenaren te ondersteunen (artikel 6 lid 1 onder e AVG).',
    ],
    labels: { what: 'Wat', why: 'Waarom', howLong: 'Hoe lang', who: 'Wie ziet het' },
    topicsTitle: 'Wat we bewaren, per onderdeel',
    topics: [
      {
        title: 'Inloggen',
        what: 'Je werkmailadres, de inloglinks die we je sturen (alleen een hash van de code), je sessies met het tijdstip en je browser.',
        why: 'Om je zonder wachtwoord veilig te laten inloggen en misbruik te kunnen opsporen.',
        howLong: `Een inloglink werkt ${r.signInLinkMinutes} minuten; gebruikte en verlopen links verwijderen we na ${r.signInLinkDays} dagen. Een beëindigde sessie verwijderen we na ${r.sessionDays} dagen.`,
        who: 'Alleen jij. Beheerders van het platform alleen bij een technisch onderzoek.',
      },
      {
        title: 'Profiel',
        what: 'Naam, organisatie, functie, thema’s, korte bio, wat je aanbiedt en zoekt, taal, en per onderdeel wie het mag zien.',
        why: 'Zodat collega’s je kunnen vinden en je community’s, koffiedates en leergroepen kunnen werken.',
        howLong: 'Zolang je account bestaat.',
        who: 'Wat je per onderdeel kiest: alleen jij, leden van je community’s, of alle leden.',
      },
      {
        title: 'Community’s, discussies, bijeenkomsten en oogst',
        what: 'Je lidmaatschappen en rollen, je discussies, reacties en meldingen van berichten, je aanmeldingen voor bijeenkomsten, en lessen waaraan je bijdroeg.',
        why: 'Om samen te leren in een community en de opbrengst zichtbaar te maken.',
        howLong:
          'Zolang je account bestaat. Als je je account verwijdert, blijven je berichten en lessen staan met als auteur “voormalig lid”, tenzij je vraagt ook je berichten te verwijderen.',
        who: 'De leden van de community; in een gesloten community niemand daarbuiten. Lessen alleen zo breed als gekozen bij de les.',
      },
      {
        title: 'Grenswerkersprofiel',
        what: 'Je antwoorden op de grenswerkersvragen en het profiel dat eruit volgt (een score per stijl).',
        why: 'Om je inzicht te geven in je stijlen en koffiedates te koppelen aan verschillende profielen.',
        howLong: 'Zolang je account bestaat.',
        who: 'Je antwoorden alleen jij. Je profiel zoals je kiest: alleen jij, je community’s of iedereen.',
      },
      {
        title: 'Koffiedate',
        what: 'Of en wanneer je meedoet, je pauze, de collega’s met wie je niet gekoppeld wilt worden, en met wie je een koffiedate had en hoe die ging.',
        why: 'Om je elke maand te koppelen aan een collega van een ander departement, nooit dezelfde kort na elkaar.',
        howLong: 'Zolang je account bestaat.',
        who: 'Je koppeling zie jij en je koffiedatepartner. Je blokkeerlijst alleen jij.',
      },
      {
        title: 'Leergroepen en intervisie',
        what: 'Je programma, je aanmelding voor een leergroep, je reflecties na sessies; in intervisie je casussen en bijdragen.',
        why: 'Om leergroepen samen te stellen en samen te leren in een veilige, besloten groep.',
        howLong:
          'Zolang je account bestaat. Intervisiebijdragen verwijderen we als je je account verwijdert.',
        who: 'De begeleider en de leden van je leergroep of intervisiegroep. Intervisie blijft binnen de groep.',
      },
      {
        title: 'Meldingen en e-mail',
        what: 'Je meldingsinstellingen, je meldingen in Leerhuis, en een logboek van de e-mails die we je stuurden (onderwerp en tijdstip) en van mislukte bezorging.',
        why: 'Om je op de hoogte te houden zoals jij wilt, en om nooit dezelfde e-mail twee keer te sturen.',
        howLong: `Meldingen ${r.notificationDays} dagen, het e-maillogboek ${r.emailLogDays} dagen.`,
        who: 'Alleen jij. Beheerders zien het e-maillogboek om bezorgproblemen op te lossen (bij intervisie zonder ontvanger of onderwerp).',
      },
      {
        title: 'Je verzoeken om inzage en verwijdering',
        what: 'Wanneer je om je gegevens of om verwijdering vroeg, en de kopie van je gegevens tot je die opent.',
        why: 'Om je verzoek uit te voeren en te kunnen laten zien dat het gebeurd is.',
        howLong: `De kopie verwijderen we zodra je hem opent, en uiterlijk na ${r.exportLinkDays} dagen. Het verzoek zelf na ${r.dataRightsDays} dagen. Een verslag dat er iets verwijderd is, zonder wie, bewaren we.`,
        who: 'Alleen jij.',
      },
    ],
    rightsTitle: 'Je gegevens inzien of verwijderen',
    rights: [
      'Op de pagina Mijn gegevens vraag je een kopie van alles wat Leerhuis over je bewaart. Je krijgt een e-mail met een link die één keer werkt en 7 dagen geldig is: een leesbare pagina en een JSON-bestand.',
      'Op dezelfde pagina kun je je account verwijderen. Je bevestigt dat met een link in je e-mail. Ben je de laatste coördinator van een community of de laatste moderator van een intervisiegroep, draag die rol dan eerst over.',
      'Je kunt ook een beheerder vragen je account te verwijderen.',
    ],
    rightsLink: 'Naar Mijn gegevens',
    contactTitle: 'Vragen of een klacht',
    contact: [
      'Heb je een vraag over je gegevens, neem dan contact op met de beheerders van Leerhuis of met de functionaris gegevensbescherming van je ministerie. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
  },
  en: {
    title: 'Privacy statement',
    intro: [
      'Leerhuis is the learning platform of and for the Dutch central government. This statement says what Leerhuis keeps about you, why, for how long and who can see it.',
      'We keep no more than the platform needs to work. We sell nothing and share nothing with parties outside central government. The legal basis is central government’s public task of supporting collaboration and learning among civil servants (Article 6(1)(e) GDPR).',
    ],
    labels: { what: 'What', why: 'Why', howLong: 'How long', who: 'Who can see it' },
    topicsTitle: 'What we keep, per feature',
    topics: [
      {
        title: 'Signing in',
        what: 'Your work email address, the sign-in links we send you (only a hash of the code), your sessions with their time and browser.',
        why: 'To let you sign in safely without a password and to detect abuse.',
        howLong: `A sign-in link works for ${r.signInLinkMinutes} minutes; used and expired links are deleted after ${r.signInLinkDays} days. An ended session is deleted after ${r.sessionDays} days.`,
        who: 'Only you. Platform administrators only during a technical investigation.',
      },
      {
        title: 'Profile',
        what: 'Name, organisation, job role, themes, short bio, what you offer and look for, language, and for each part who may see it.',
        why: 'So colleagues can find you and communities, koffiedates and learning groups can work.',
        howLong: 'As long as your account exists.',
        who: 'What you choose per part: only you, members of your communities, or all members.',
      },
      {
        title: 'Communities, discussions, meetings and harvest',
        what: 'Your memberships and roles, your threads, replies and reports of posts, your RSVPs for meetings, and lessons you contributed to.',
        why: 'To learn together in a community and make the results visible.',
        howLong:
          'As long as your account exists. When you delete your account, your posts and lessons stay with “former member” as the author, unless you ask for your posts to be deleted too.',
        who: 'The members of the community; in a closed community nobody outside it. Lessons only as widely as chosen for the lesson.',
      },
      {
        title: 'Boundary-spanner profile',
        what: 'Your answers to the boundary-spanner questionnaire and the profile they yield (a score per style).',
        why: 'To give you insight into your styles and to match koffiedates across different profiles.',
        howLong: 'As long as your account exists.',
        who: 'Your answers only you. Your profile as you choose: only you, your communities or everyone.',
      },
      {
        title: 'Koffiedate',
        what: 'Whether and when you take part, your pause, colleagues you do not want to be matched with, and whom you met and how it went.',
        why: 'To match you every month with a colleague from another department, never the same one again soon.',
        howLong: 'As long as your account exists.',
        who: 'Your match is seen by you and your koffiedate partner. Your block list only by you.',
      },
      {
        title: 'Learning groups and intervision',
        what: 'Your programme, your application for a learning group, your reflections after sessions; in intervision your cases and contributions.',
        why: 'To compose learning groups and to learn together in a safe, closed group.',
        howLong:
          'As long as your account exists. Intervision contributions are deleted when you delete your account.',
        who: 'The facilitator and the members of your learning group or intervision group. Intervision stays within the group.',
      },
      {
        title: 'Notifications and email',
        what: 'Your notification settings, your notifications in Leerhuis, and a log of the emails we sent you (subject and time) and of failed deliveries.',
        why: 'To keep you informed the way you want, and never to send the same email twice.',
        howLong: `Notifications ${r.notificationDays} days, the email log ${r.emailLogDays} days.`,
        who: 'Only you. Administrators see the email log to solve delivery problems (for intervision without recipient or subject).',
      },
      {
        title: 'Your requests for a copy or deletion',
        what: 'When you asked for your data or for deletion, and the copy of your data until you open it.',
        why: 'To carry out your request and to be able to show it was done.',
        howLong: `The copy is deleted as soon as you open it, and after ${r.exportLinkDays} days at the latest. The request itself after ${r.dataRightsDays} days. A record that something was deleted, without whom, is kept.`,
        who: 'Only you.',
      },
    ],
    rightsTitle: 'See or delete your data',
    rights: [
      'On the My data page you ask for a copy of everything Leerhuis keeps about you. You get an email with a link that works once and is valid for 7 days: a readable page and a JSON file.',
      'On the same page you can delete your account. You confirm it with a link in your email. If you are the last coordinator of a community or the last moderator of an intervision group, hand that role over first.',
      'You can also ask an administrator to delete your account.',
    ],
    rightsLink: 'To My data',
    contactTitle: 'Questions or a complaint',
    contact: [
      'If you have a question about your data, contact the Leerhuis administrators or your ministry’s data protection officer. You can also lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    ],
  },
};
