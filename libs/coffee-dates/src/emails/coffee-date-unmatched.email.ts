import { type Email, renderEmail } from '@leerhuis/platform-mail';

import {
  type Language,
  monthName,
  type RoundMonth,
  SIGNED_UP_REASON,
  standingLinkList,
  type StandingLinks,
  withLinks,
  YOUR_KOFFIEDATE,
} from './coffee-date-email-parts';

const UNMATCHED: Record<string, { nl: string; en: string }> = {
  'only-participant': {
    nl: 'Je was deze keer de enige aanmelding, dus we konden je niet koppelen. Volgende maand een nieuwe kans: vraag gerust een collega van een ander ministerie om ook mee te doen.',
    en: 'You were the only one who signed up this time, so we could not match you. A new chance next month: feel free to ask a colleague from another ministry to join too.',
  },
  'no-valid-partner': {
    nl: 'Er was niemand met wie we je mochten koppelen: de andere deelnemers werken bij jouw ministerie, staan op je lijst of sprak je het afgelopen jaar al. Volgende maand krijg je voorrang.',
    en: 'There was nobody we could match you with: the others work at your ministry, are on your list, or you met them in the past year. Next month you come first.',
  },
  'partners-taken': {
    nl: 'Door het aantal deelnemers en de regels (ander ministerie, niet opnieuw binnen een jaar) bleef er voor jou niemand over. Volgende maand krijg je voorrang.',
    en: 'With this number of participants and the rules (another ministry, not again within a year) nobody was left for you. Next month you come first.',
  },
  'partner-declined': {
    nl: 'Je koffiedatepartner heeft afgezegd, en we konden je deze maand niet opnieuw koppelen. Dat spijt ons. Volgende maand krijg je voorrang.',
    en: 'Your koffiedate partner declined, and we could not match you again this month. We are sorry. Next month you come first.',
  },
};

export interface CoffeeDateUnmatchedData {
  publicUrl: string;
  round: RoundMonth;
  /** Why the matching left the member out (a code of the matcher). */
  reason: string;
  /** The member had a match, but the partner declined and no new one was found. */
  dissolved: boolean;
  standing: StandingLinks;
}

/** "No match this month" (or "no koffiedate after all"), and why. */
export function coffeeDateUnmatchedEmail(data: CoffeeDateUnmatchedData, language: Language): Email {
  const en = language === 'en';
  const month = monthName(data.round, language);
  const why = UNMATCHED[data.reason] ?? UNMATCHED['partners-taken'];
  const subject = data.dissolved
    ? en
      ? `No koffiedate after all for ${month}`
      : `Toch geen koffiedate in ${month}`
    : en
      ? `No koffiedate match for ${month}`
      : `Geen koffiedate-match in ${month}`;
  const rendered = withLinks(
    renderEmail({
      language,
      title: subject,
      paragraphs: [why[language]],
      action: { label: YOUR_KOFFIEDATE[language], url: `${data.publicUrl}/koffiedate` },
      reason: SIGNED_UP_REASON[language],
    }),
    standingLinkList(data.standing, language),
  );
  return { subject, ...rendered };
}
