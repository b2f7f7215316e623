import { type Email, renderEmail } from '@leerhuis/platform-mail';

import {
  describeSlot,
  type Language,
  monthName,
  type RoundMonth,
  SIGNED_UP_REASON,
  standingLinkList,
  type StandingLinks,
  withLinks,
} from './coffee-date-email-parts';

const JOB_ROLES: Record<string, { nl: string; en: string }> = {
  PROGRAMME_DIRECTOR: { nl: 'programmadirecteur', en: 'programme director' },
  PROGRAMME_MANAGER: { nl: 'programmamanager', en: 'programme manager' },
  POLICY_OFFICER: { nl: 'beleidsmedewerker', en: 'policy officer' },
  ADVISER: { nl: 'adviseur', en: 'adviser' },
  IMPLEMENTER: { nl: 'uitvoerder', en: 'implementation professional' },
  INSPECTOR: { nl: 'toezichthouder', en: 'inspector' },
  MANAGER: { nl: 'leidinggevende', en: 'manager' },
  TRAINEE: { nl: 'rijkstrainee', en: 'government trainee' },
  FACILITATOR: { nl: 'facilitator', en: 'facilitator' },
  OTHER: { nl: 'collega', en: 'colleague' },
};

const REASONS: Record<string, { nl: string; en: string }> = {
  'complementary-styles': {
    nl: 'jullie voorkeursstijlen vullen elkaar aan',
    en: 'your preferred styles complement each other',
  },
  'diverse-profiles': { nl: 'jullie profielen verschillen', en: 'your profiles differ' },
  'policy-implementation-mix': {
    nl: 'beleid ontmoet uitvoering of toezicht',
    en: 'policy meets implementation or inspection',
  },
  'organisation-type-mix': {
    nl: 'jullie werken bij verschillende soorten organisaties',
    en: 'you work at different kinds of organisations',
  },
  'shared-themes': { nl: 'jullie delen thema’s', en: 'you share themes' },
  'cross-organisation': {
    nl: 'jullie werken bij verschillende ministeries of organisaties',
    en: 'you work at different ministries or organisations',
  },
  'priority-last-round': {
    nl: 'vorige keer was je in een trio of zonder match: nu eerst',
    en: 'last time you were in a trio or unmatched: you came first now',
  },
  'trio-odd-count': {
    nl: 'een oneven aantal deelnemers: daarom met z’n drieën',
    en: 'an odd number of participants: so three of you',
  },
  'trio-no-valid-pair': {
    nl: 'niet iedereen kon een duo vormen: daarom met z’n drieën',
    en: 'not everyone could form a pair: so three of you',
  },
};

export interface CoffeeDatePartner {
  id: string;
  name: string;
  email: string;
  jobRole: string;
  organisationName: string | null;
  showOrganisation: boolean;
  showJobRole: boolean;
  /** The partner's preferred styles as the recipient may see them; null: not shared. */
  styles: { name: string; brings: string }[] | null;
}

export interface CoffeeDateMatchData {
  publicUrl: string;
  round: RoundMonth;
  /** A team round ("team-koffiedate") rather than the monthly one. */
  team: boolean;
  partners: CoffeeDatePartner[];
  /** The matcher's reason codes for the group. */
  reasons: string[];
  slotStartsAt: Date;
  /** Conversation prompts in the recipient's language (also the calendar entry's text). */
  prompts: string[];
  links: StandingLinks & { accept: string; decline: string; feedback: string };
}

/** The title of the calendar entry the match email carries; the same in nl and en. */
export const coffeeDateEventTitle = (names: string[]) => `Koffiedate: ${names.join(', ')}`;

/** Whom you meet this month, how to reach them, a suggested time and what to talk about. */
export function coffeeDateMatchEmail(data: CoffeeDateMatchData, language: Language): Email {
  const en = language === 'en';
  const { partners } = data;
  const names = partners.map((p) => p.name).join(en ? ' and ' : ' en ');
  const month = monthName(data.round, language);
  const paragraphs: string[] = [
    data.team
      ? en
        ? `Your team koffiedate: you meet ${names}.`
        : `Je team-koffiedate: je spreekt ${names}.`
      : en
        ? `This month you have coffee with ${names}.`
        : `Deze maand drink je koffie met ${names}.`,
  ];
  for (const partner of partners) {
    const role = JOB_ROLES[partner.jobRole]?.[language] ?? partner.jobRole;
    const about = [
      partner.showOrganisation && partner.organisationName ? partner.organisationName : null,
      partner.showJobRole ? role : null,
    ].filter(Boolean);
    paragraphs.push(`${partner.name}${about.length ? ` — ${about.join(', ')}` : ''}.`);
    // Opting in is consent to share the work address with one's match (the opt-in says so).
    paragraphs.push(`${en ? 'Email' : 'E-mail'}: ${partner.email}`);
    if (partner.styles && partner.styles.length > 0) {
      paragraphs.push(
        (en ? `Preferred style: ` : `Voorkeursstijl: `) +
          partner.styles.map((s) => `${s.name} — ${s.brings}`).join(' '),
      );
    } else {
      paragraphs.push(
        en
          ? `${partner.name} has not shared a boundary-spanner profile.`
          : `${partner.name} heeft geen grenswerkersprofiel gedeeld.`,
      );
    }
  }
  paragraphs.push(
    en
      ? `Reply to this email to reach ${names} directly and agree on a time.`
      : `Beantwoord deze mail om ${names} direct te bereiken en een moment af te spreken.`,
  );
  const reasons = data.reasons
    .map((code) => REASONS[code]?.[language])
    .filter((r): r is string => !!r);
  if (reasons.length > 0) {
    paragraphs.push((en ? 'Why you two: ' : 'Waarom jullie: ') + reasons.join('; ') + '.');
  }
  paragraphs.push(
    en
      ? `Suggested: ${describeSlot(data.slotStartsAt, language)} (Amsterdam time). The attachment puts it in your calendar; feel free to agree on another time, in person or online.`
      : `Voorstel: ${describeSlot(data.slotStartsAt, language)}. De bijlage zet het in je agenda; spreek gerust een ander moment af, op locatie of online.`,
  );
  paragraphs.push(en ? 'Conversation prompts:' : 'Gespreksvragen:');
  data.prompts.forEach((prompt, i) => paragraphs.push(`${i + 1}. ${prompt}`));

  const subject = en
    ? `Your koffiedate for ${month}: ${names}`
    : `Je koffiedate van ${month}: ${names}`;
  const rendered = withLinks(
    renderEmail({
      language,
      title: subject,
      paragraphs,
      action: { label: en ? "I'm in" : 'Ik doe mee', url: data.links.accept },
      reason: SIGNED_UP_REASON[language],
    }),
    [
      ...partners.map((p) => ({
        label: en ? `${p.name} on Leerhuis` : `${p.name} op Leerhuis`,
        url: `${data.publicUrl}/leden/${p.id}`,
      })),
      { label: en ? "Can't make it: decline" : 'Lukt het niet? Afzeggen', url: data.links.decline },
      {
        label: en ? 'We met: tell us how it went' : 'We hebben elkaar gesproken',
        url: data.links.feedback,
      },
      ...standingLinkList(data.links, language),
    ],
  );
  return { subject, ...rendered };
}
