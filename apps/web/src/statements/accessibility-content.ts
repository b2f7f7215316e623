import type { Language } from '../i18n';

/** The statement's date and status; update both after a new test round or an audit. */
export const STATEMENT_DATE = { nl: '6 december 2026', en: '6 December 2026' } as const;

export const ACCESSIBILITY: Record<
  Language,
  {
    title: string;
    intro: string[];
    statusTitle: string;
    status: string[];
    testedTitle: string;
    tested: string[];
    gapsTitle: string;
    gaps: string[];
    feedbackTitle: string;
    feedback: string[];
    enforcementTitle: string;
    enforcement: string[];
    madeTitle: string;
    made: string;
  }
> = {
  nl: {
    title: 'Toegankelijkheidsverklaring',
    intro: [
      'De Rijksoverheid wil dat iedereen Leerhuis kan gebruiken, ook mensen met een beperking. Leerhuis moet daarom voldoen aan het Tijdelijk besluit digitale toegankelijkheid overheid, en dus aan de norm EN 301 549 en de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.',
      'Deze verklaring geldt voor de webapplicatie Leerhuis (alle pagina’s van de website, inclusief de pagina’s achter de links in e-mails) en volgt het model van digitoegankelijk.nl.',
    ],
    statusTitle: 'Nalevingsstatus',
    status: [
      'Status C: eerste maatregelen genomen. Leerhuis wordt bij elke wijziging automatisch en met het toetsenbord getest op WCAG 2.1 AA (zie hieronder). Een volledig onderzoek door een onafhankelijke partij volgens WCAG-EM is nog niet gedaan; dat is gepland.',
    ],
    testedTitle: 'Hoe is getest',
    tested: [
      'Elke pagina wordt bij elke wijziging automatisch getest met axe-core (regels voor WCAG 2.0, 2.1 A en AA) op een schermbreedte van 1280 pixels (computer) en 390 pixels (telefoon). Een pagina mag geen ernstige of kritieke bevindingen hebben, en mag op 390 pixels niet zijwaarts scrollen.',
      'De browsertests doorlopen de taken van leden zoals een gebruiker dat doet, en vinden knoppen, velden en koppen op hun toegankelijke naam en rol (zoals een schermlezer). Een deel doen ze alleen met het toetsenbord: de grenswerkersvragen invullen (pijltjestoetsen en Tab) en je gegevens opvragen.',
      'De tests draaien met Chromium tegen de echte applicatie; schermafbeeldingen op beide breedtes worden door het team bekeken.',
    ],
    gapsTitle: 'Bekende problemen',
    gaps: [
      'Er is nog geen onafhankelijke audit gedaan. Automatische tests vinden maar een deel van de mogelijke problemen; zaken als begrijpelijke taal en de volgorde waarin een schermlezer alles voorleest, zijn nog niet door een onafhankelijke deskundige beoordeeld.',
      'Nog niet elke taak heeft een test die alleen het toetsenbord gebruikt; die breiden we uit.',
      'De pagina’s achter de links in e-mails (inloggen, koffiedate-antwoorden, afmelden) hebben een eenvoudige eigen opmaak. De inlogpagina’s zijn in het Nederlands, omdat we nog niet weten wie de link opent.',
      'In de kopie van je gegevens staan brede tabellen. Op een smal scherm scrollen die binnen hun eigen kader zijwaarts. Het JSON-bestand is bedoeld voor computers; de leesbare pagina bevat hetzelfde.',
    ],
    feedbackTitle: 'Feedback en contact',
    feedback: [
      'Loop je tegen een probleem aan, of kun je iets niet gebruiken? Laat het de beheerders van Leerhuis weten via de contactpersoon van je ministerie. We reageren binnen 5 werkdagen en lossen het probleem zo snel mogelijk op, of bieden de informatie op een andere manier aan.',
    ],
    enforcementTitle: 'Handhavingsprocedure',
    enforcement: [
      'Ben je niet tevreden met hoe je klacht is behandeld, of hebben we niet op tijd gereageerd? Dan kun je je wenden tot de Nationale ombudsman.',
    ],
    madeTitle: 'Over deze verklaring',
    made: `Deze verklaring is opgesteld op ${STATEMENT_DATE.nl} en wordt bijgewerkt na elke nieuwe testronde of audit.`,
  },
  en: {
    title: 'Accessibility statement',
    intro: [
      'The Dutch central government wants everyone to be able to use Leerhuis, including people with disabilities. Leerhuis must therefore meet the Dutch Temporary Decree on Digital Accessibility in Government, that is the standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.',
      'This statement covers the Leerhuis web application (every page of the site, including the pages behind links in emails) and follows the model of digitoegankelijk.nl.',
    ],
    statusTitle: 'Compliance status',
    status: [
      'Status C: first measures taken. Leerhuis is tested automatically and with the keyboard against WCAG 2.1 AA with every change (see below). A full evaluation by an independent party following WCAG-EM has not been done yet; it is planned.',
    ],
    testedTitle: 'How it was tested',
    tested: [
      'Every page is tested automatically with axe-core (rules for WCAG 2.0, 2.1 A and AA) with every change, at a screen width of 1280 pixels (desktop) and 390 pixels (phone). A page may have no serious or critical findings, and must not scroll sideways at 390 pixels.',
      'The browser tests go through members’ tasks as a user would, finding buttons, fields and headings by their accessible name and role (as a screen reader does). Some they do with the keyboard only: answering the boundary-spanner questionnaire (arrow keys and Tab) and asking for your data.',
      'The tests run in Chromium against the real application; the team reviews screenshots at both widths.',
    ],
    gapsTitle: 'Known issues',
    gaps: [
      'No independent audit has been done yet. Automated tests find only part of the possible problems; matters such as plain language and the order in which a screen reader reads everything have not yet been reviewed by an independent expert.',
      'Not every task has a keyboard-only test yet; we are extending them.',
      'The pages behind links in emails (signing in, koffiedate answers, unsubscribing) have a simple layout of their own. The sign-in pages are in Dutch, since we do not know yet who opens the link.',
      'The copy of your data contains wide tables. On a narrow screen they scroll sideways within their own box. The JSON file is meant for computers; the readable page contains the same.',
    ],
    feedbackTitle: 'Feedback and contact',
    feedback: [
      'Do you run into a problem, or is something unusable for you? Let the Leerhuis administrators know through your ministry’s contact person. We answer within 5 working days and fix the problem as soon as possible, or offer the information in another way.',
    ],
    enforcementTitle: 'Enforcement procedure',
    enforcement: [
      'Not satisfied with how your complaint was handled, or did we not answer in time? Then you can turn to the Dutch National Ombudsman (Nationale ombudsman).',
    ],
    madeTitle: 'About this statement',
    made: `This statement was drawn up on ${STATEMENT_DATE.en} and is updated after every new test round or audit.`,
  },
};
