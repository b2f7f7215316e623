import { type Email, renderEmail } from '@leerhuis/platform-mail';

import {
  type Language,
  monthName,
  type RoundMonth,
  SIGNED_UP_REASON,
  standingLinkList,
  type StandingLinks,
  withLinks,
} from './coffee-date-email-parts';

export interface CoffeeDateReminderData {
  round: RoundMonth;
  /** The member's feedback link for the match. */
  feedbackUrl: string;
  standing: StandingLinks;
}

/** Near the end of the round: did you meet, and what is the next step? */
export function coffeeDateReminderEmail(data: CoffeeDateReminderData, language: Language): Email {
  const en = language === 'en';
  const month = monthName(data.round, language);
  const subject = en
    ? `Did you have your koffiedate of ${month}?`
    : `Heb je je koffiedate van ${month} gehad?`;
  const rendered = withLinks(
    renderEmail({
      language,
      title: subject,
      paragraphs: [
        en
          ? 'Meeting is a start; a next step makes it a connection. Tell us whether you met, how valuable it was, and what comes next: an introduction, something you start together, or a community to join.'
          : 'Ontmoeten is een begin; een vervolgstap maakt er een verbinding van. Laat weten of jullie elkaar gesproken hebben, hoe waardevol het was en wat de volgende stap is: iemand voorstellen, samen iets beginnen of lid worden van een community.',
      ],
      action: { label: en ? 'We met: tell us' : 'Laat het weten', url: data.feedbackUrl },
      reason: SIGNED_UP_REASON[language],
    }),
    standingLinkList(data.standing, language),
  );
  return { subject, ...rendered };
}
