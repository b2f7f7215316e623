import { type Email, renderEmail } from '@leerhuis/platform-mail';

import {
  describeDay,
  type Language,
  type Link,
  monthName,
  type RoundMonth,
  standingLinkList,
  type StandingLinks,
  withLinks,
  YOUR_KOFFIEDATE,
} from './coffee-date-email-parts';

export interface CoffeeDateInvitationData {
  publicUrl: string;
  round: RoundMonth & { signupDeadline: Date };
  /** Already in (chose every month): told so instead of asked. */
  enrolled: boolean;
  /** Has a boundary-spanner profile; without one, the email points to the questions. */
  hasProfile: boolean;
  /** The one-click sign-up link; only for a member not enrolled. */
  joinUrl: string | null;
  standing: StandingLinks;
}

/** The month's invitation: sign up (or you are already in), with a profile hint. */
export function coffeeDateInvitationEmail(
  data: CoffeeDateInvitationData,
  language: Language,
): Email {
  const en = language === 'en';
  const url = (path: string) => `${data.publicUrl}${path}`;
  const month = monthName(data.round, language);
  const deadline = describeDay(data.round.signupDeadline, language);
  const paragraphs = [
    en
      ? 'Every month Leerhuis pairs colleagues from different ministries and organisations for a thirty-minute coffee. You meet someone who sees your task differently.'
      : 'Elke maand koppelt Leerhuis collega’s van verschillende ministeries en organisaties voor een kop koffie van een half uur. Je leert iemand kennen die anders naar je opgave kijkt.',
    data.enrolled
      ? en
        ? `You are already in (you chose every month). After ${deadline} you hear whom you meet.`
        : `Je doet al mee (je koos voor elke maand). Na ${deadline} hoor je met wie je koffie drinkt.`
      : en
        ? `Sign up until ${deadline}. Nobody is signed up without asking. When you are matched, your partner gets your work email address, and you theirs.`
        : `Aanmelden kan tot ${deadline}. Niemand doet mee zonder zich aan te melden. Word je gekoppeld, dan krijgt je partner je werkmailadres, en jij dat van je partner.`,
  ];
  const links: Link[] = [];
  if (!data.hasProfile) {
    paragraphs.push(
      en
        ? 'You have no boundary-spanner profile yet. Answer the boundary-spanner questions first (about ten minutes): then we match you with someone whose style complements yours. You can also join without one.'
        : 'Je hebt nog geen grenswerkersprofiel. Vul eerst de grenswerkersvragen in (ongeveer tien minuten): dan koppelen we je aan iemand met een stijl die de jouwe aanvult. Meedoen kan ook zonder.',
    );
    links.push({
      label: en ? 'Answer the boundary-spanner questions' : 'Grenswerkersvragen invullen',
      url: url('/grenswerkers/vragenlijst'),
    });
  }
  links.push({
    label: en ? 'Every month, pause or your list' : 'Elke maand meedoen, pauzeren of je lijst',
    url: url('/koffiedate'),
  });
  const action =
    data.enrolled || !data.joinUrl
      ? { label: YOUR_KOFFIEDATE[language], url: url('/koffiedate') }
      : { label: en ? "Yes, I'm in" : 'Ja, ik doe mee', url: data.joinUrl };
  const subject = en ? `Koffiedate ${month}: are you in?` : `Koffiedate ${month}: doe je mee?`;
  const rendered = withLinks(
    renderEmail({
      language,
      title: subject,
      paragraphs,
      action,
      reason: en
        ? 'You receive this email because you are a member of Leerhuis. Unsubscribing takes one click.'
        : 'Je krijgt deze mail omdat je lid bent van Leerhuis. Afmelden kan met één klik.',
    }),
    [...links, ...standingLinkList(data.standing, language)],
  );
  return { subject, ...rendered };
}
