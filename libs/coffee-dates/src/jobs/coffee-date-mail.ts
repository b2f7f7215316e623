import type { BoundarySpannerStyle } from '@leerhuis/matching';
import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, renderEmail, SentEmailLog } from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';

import { CoffeeDateLinkService } from '../coffee-date-link.service';
import { conversationPrompts } from '../conversation-prompts';
import { CoffeeDateLinkPurpose } from '../entities/coffee-date-link.entity';
import { CoffeeDateRoundEntity, CoffeeDateRoundKind } from '../entities/coffee-date-round.entity';
import { writeCoffeeDateIcs } from '../ics';
import { MemberContact } from '../member-contact.repository';
import { type CoffeeDateProfile, CoffeeDateProfiles } from '../profile-source';
import { StoredGroup } from '../round-group.repository';
import { UnmatchedRow } from '../unmatched.repository';

type Language = 'nl' | 'en';
interface Link {
  label: string;
  url: string;
}

const DAY = 86_400_000;
const YEAR = 365 * DAY;

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

// Formatters are made once per language and shape: creating one costs more than formatting
// (a tenth of a 50,000-email round's CPU time went into creating them).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      timeZone: AMSTERDAM_TIME_ZONE,
      ...options,
    });
    formatters.set(key, made);
  }
  return made;
}

function monthName(round: CoffeeDateRoundEntity, language: Language): string {
  const date = round.period ? new Date(`${round.period}-15T12:00:00Z`) : round.opensAt;
  return formatter(language, { month: 'long', year: 'numeric' }).format(date);
}

function describeDay(instant: Date, language: Language): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

function describeSlot(start: Date, language: Language): string {
  const day = formatter(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const time = formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(start)}–${time.format(new Date(start.getTime() + 30 * 60_000))}`;
}

/** Adds the links as a list under the text (HTML) and as "label: url" lines (plain text). */
function withLinks(rendered: { html: string; text: string }, links: Link[]) {
  const escape = (v: string) =>
    v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const html = `<ul style="margin:0 0 16px;padding-left:20px">${links
    .map((l) => `<li style="margin:0 0 8px"><a href="${escape(l.url)}">${escape(l.label)}</a></li>`)
    .join('')}</ul>`;
  const text = links.map((l) => `${l.label}: ${l.url}`).join('\n');
  return {
    html: rendered.html.replace('<hr style=', `${html}\n<hr style=`),
    text: rendered.text.replace(/\n--\n/, `\n${text}\n\n--\n`),
  };
}

export const matchEmailKey = (group: StoredGroup, memberId: string) =>
  `coffee-date-match:${group.matchId}:${memberId}`;

export const unmatchedEmailKey = (roundId: string, row: UnmatchedRow) =>
  row.dissolvedMatchId
    ? `coffee-date-no-match:${row.dissolvedMatchId}:${row.memberId}`
    : `coffee-date-unmatched:${roundId}:${row.memberId}`;

/**
 * Composes and sends the koffiedate emails. Every email has a deterministic key, so a job
 * run twice sends nothing twice; link tokens are only minted for an email not sent yet.
 */
@Injectable()
export class CoffeeDateMail {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly links: CoffeeDateLinkService,
    private readonly sentEmails: SentEmailLog,
    private readonly profiles: CoffeeDateProfiles,
  ) {}

  private url(path: string): string {
    return `${this.config.PUBLIC_URL}${path}`;
  }

  private async link(
    purpose: CoffeeDateLinkPurpose,
    memberId: string,
    expiresAt: Date,
    ids: { roundId?: string; matchId?: string } = {},
  ): Promise<string> {
    const token = await this.links.issue({ purpose, memberId, expiresAt, ...ids });
    return this.url(`/coffee-dates/link?token=${token}`);
  }

  /** Pause and unsubscribe links (for the footer and the List-Unsubscribe headers). */
  private async standingLinks(memberId: string, language: Language, minted?: string[]) {
    const until = new Date(Date.now() + YEAR);
    const pause = minted?.[0] ?? (await this.link(CoffeeDateLinkPurpose.PAUSE, memberId, until));
    const unsubscribe =
      minted?.[1] ?? (await this.link(CoffeeDateLinkPurpose.UNSUBSCRIBE, memberId, until));
    return {
      links: [
        { label: language === 'en' ? 'Pause koffiedates' : 'Koffiedates pauzeren', url: pause },
        {
          label: language === 'en' ? 'Unsubscribe from koffiedates' : 'Afmelden voor koffiedates',
          url: unsubscribe,
        },
      ],
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  async sendInvitation(
    round: CoffeeDateRoundEntity,
    member: MemberContact,
    enrolled: boolean,
    hasProfile: boolean,
  ): Promise<void> {
    const key = `coffee-date-invitation:${round.id}:${member.id}`;
    if (await this.sentEmails.wasSent(key)) return;
    const en = member.language === 'en';
    const month = monthName(round, member.language);
    const deadline = describeDay(round.signupDeadline, member.language);
    const paragraphs = [
      en
        ? 'Every month Leerhuis pairs colleagues from different ministries and organisations for a thirty-minute coffee. You meet someone who sees your task differently.'
        : 'Elke maand koppelt Leerhuis collega’s van verschillende ministeries en organisaties voor een kop koffie van een half uur. Je leert iemand kennen die anders naar je opgave kijkt.',
      enrolled
        ? en
          ? `You are already in (you chose every month). After ${deadline} you hear whom you meet.`
          : `Je doet al mee (je koos voor elke maand). Na ${deadline} hoor je met wie je koffie drinkt.`
        : en
          ? `Sign up until ${deadline}. Nobody is signed up without asking. When you are matched, your partner gets your work email address, and you theirs.`
          : `Aanmelden kan tot ${deadline}. Niemand doet mee zonder zich aan te melden. Word je gekoppeld, dan krijgt je partner je werkmailadres, en jij dat van je partner.`,
    ];
    const links: Link[] = [];
    if (!hasProfile) {
      paragraphs.push(
        en
          ? 'You have no boundary-spanner profile yet. Answer the boundary-spanner questions first (about ten minutes): then we match you with someone whose style complements yours. You can also join without one.'
          : 'Je hebt nog geen grenswerkersprofiel. Vul eerst de grenswerkersvragen in (ongeveer tien minuten): dan koppelen we je aan iemand met een stijl die de jouwe aanvult. Meedoen kan ook zonder.',
      );
      links.push({
        label: en ? 'Answer the boundary-spanner questions' : 'Grenswerkersvragen invullen',
        url: this.url('/grenswerkers/vragenlijst'),
      });
    }
    links.push({
      label: en ? 'Every month, pause or your list' : 'Elke maand meedoen, pauzeren of je lijst',
      url: this.url('/koffiedate'),
    });
    const standing = await this.standingLinks(member.id, member.language);
    const action = enrolled
      ? { label: en ? 'Your koffiedate' : 'Je koffiedate', url: this.url('/koffiedate') }
      : {
          label: en ? "Yes, I'm in" : 'Ja, ik doe mee',
          url: await this.link(CoffeeDateLinkPurpose.JOIN, member.id, round.signupDeadline, {
            roundId: round.id,
          }),
        };
    const rendered = withLinks(
      renderEmail({
        language: member.language,
        title: en ? `Koffiedate ${month}: are you in?` : `Koffiedate ${month}: doe je mee?`,
        paragraphs,
        action,
        reason: en
          ? 'You receive this email because you are a member of Leerhuis. Unsubscribing takes one click.'
          : 'Je krijgt deze mail omdat je lid bent van Leerhuis. Afmelden kan met één klik.',
      }),
      [...links, ...standing.links],
    );
    await this.mailer.send({
      key,
      to: member.email,
      subject: en ? `Koffiedate ${month}: are you in?` : `Koffiedate ${month}: doe je mee?`,
      ...rendered,
      headers: standing.headers,
      // Only for members who want koffiedate news by email; the others see it in the digest.
      audience: { memberId: member.id, kind: 'COFFEE_DATE' },
    });
  }

  /**
   * `known`: what the caller looked up for a whole page of emails at once (the keys already
   * sent, the recipients' own profiles), instead of a statement each per email.
   */
  async sendMatch(
    round: CoffeeDateRoundEntity,
    group: StoredGroup,
    member: MemberContact,
    contacts: Map<string, MemberContact>,
    known?: { sent: Set<string>; own: Map<string, CoffeeDateProfile> },
  ): Promise<void> {
    const key = matchEmailKey(group, member.id);
    if (known ? known.sent.has(key) : await this.sentEmails.wasSent(key)) return;
    const language = member.language;
    const en = language === 'en';
    const partnerIds = group.memberIds.filter((id) => id !== member.id);
    const partners = partnerIds.map((id) => contacts.get(id)).filter((p) => p !== undefined);
    const [visible, own] = await Promise.all([
      this.profiles.visibleTo(member.id, partnerIds),
      known ? known.own : this.profiles.latestFor([member.id]),
    ]);
    const names = partners.map((p) => p.name).join(en ? ' and ' : ' en ');
    const month = monthName(round, language);
    const team = round.kind === CoffeeDateRoundKind.TEAM;
    const paragraphs: string[] = [
      team
        ? en
          ? `Your team koffiedate: you meet ${names}.`
          : `Je team-koffiedate: je spreekt ${names}.`
        : en
          ? `This month you have coffee with ${names}.`
          : `Deze maand drink je koffie met ${names}.`,
    ];
    const partnerStyles: (BoundarySpannerStyle | null)[] = [];
    for (const partner of partners) {
      const role = JOB_ROLES[partner.jobRole]?.[language] ?? partner.jobRole;
      const about = [
        partner.showOrganisation && partner.organisationName ? partner.organisationName : null,
        partner.showJobRole ? role : null,
      ].filter(Boolean);
      paragraphs.push(`${partner.name}${about.length ? ` — ${about.join(', ')}` : ''}.`);
      // Opting in is consent to share the work address with one's match (the opt-in says so).
      paragraphs.push(`${en ? 'Email' : 'E-mail'}: ${partner.email}`);
      const profile = visible.get(partner.id);
      if (profile && profile.preferredStyles.length > 0) {
        const styles = profile.preferredStyles.map((s) => this.profiles.describe(s, language));
        partnerStyles.push(profile.preferredStyles[0]);
        paragraphs.push(
          (en ? `Preferred style: ` : `Voorkeursstijl: `) +
            styles.map((s) => `${s.name} — ${s.brings}`).join(' '),
        );
      } else {
        partnerStyles.push(null);
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
    const reasons = group.reasons
      .map((r) => REASONS[r.code]?.[language])
      .filter((r): r is string => !!r);
    if (reasons.length > 0) {
      paragraphs.push((en ? 'Why you two: ' : 'Waarom jullie: ') + reasons.join('; ') + '.');
    }
    paragraphs.push(
      en
        ? `Suggested: ${describeSlot(group.slotStartsAt, language)} (Amsterdam time). The attachment puts it in your calendar; feel free to agree on another time, in person or online.`
        : `Voorstel: ${describeSlot(group.slotStartsAt, language)}. De bijlage zet het in je agenda; spreek gerust een ander moment af, op locatie of online.`,
    );
    const ownStyle = own.get(member.id)?.preferredStyles[0] ?? null;
    const prompts = conversationPrompts([ownStyle, ...partnerStyles], language);
    paragraphs.push(en ? 'Conversation prompts:' : 'Gespreksvragen:');
    prompts.forEach((prompt, i) => paragraphs.push(`${i + 1}. ${prompt}`));

    const expires = new Date(round.closesAt.getTime() + 30 * DAY);
    const ids = { roundId: round.id, matchId: group.matchId };
    // The five links in one INSERT: one statement instead of five per email at 50,000 emails.
    const until = new Date(Date.now() + YEAR);
    const [accept, decline, feedback, pause, unsubscribe] = (
      await this.links.issueMany([
        { purpose: CoffeeDateLinkPurpose.ACCEPT, memberId: member.id, expiresAt: expires, ...ids },
        { purpose: CoffeeDateLinkPurpose.DECLINE, memberId: member.id, expiresAt: expires, ...ids },
        {
          purpose: CoffeeDateLinkPurpose.FEEDBACK,
          memberId: member.id,
          expiresAt: expires,
          ...ids,
        },
        { purpose: CoffeeDateLinkPurpose.PAUSE, memberId: member.id, expiresAt: until },
        { purpose: CoffeeDateLinkPurpose.UNSUBSCRIBE, memberId: member.id, expiresAt: until },
      ])
    ).map((token) => this.url(`/coffee-dates/link?token=${token}`));
    const standing = await this.standingLinks(member.id, language, [pause, unsubscribe]);
    const title = en
      ? `Your koffiedate for ${month}: ${names}`
      : `Je koffiedate van ${month}: ${names}`;
    const rendered = withLinks(
      renderEmail({
        language,
        title,
        paragraphs,
        action: { label: en ? "I'm in" : 'Ik doe mee', url: accept },
        reason: en
          ? 'You receive this email because you signed up for the koffiedate on Leerhuis.'
          : 'Je krijgt deze mail omdat je je hebt aangemeld voor de koffiedate in Leerhuis.',
      }),
      [
        ...partners.map((p) => ({
          label: en ? `${p.name} on Leerhuis` : `${p.name} op Leerhuis`,
          url: this.url(`/leden/${p.id}`),
        })),
        { label: en ? "Can't make it: decline" : 'Lukt het niet? Afzeggen', url: decline },
        { label: en ? 'We met: tell us how it went' : 'We hebben elkaar gesproken', url: feedback },
        ...standing.links,
      ],
    );
    const names2 = [member.name, ...partners.map((p) => p.name)].join(', ');
    const ics = writeCoffeeDateIcs({
      uid: `koffiedate-${group.matchId}@leerhuis`,
      title: `Koffiedate: ${names2}`,
      startsAt: group.slotStartsAt,
      endsAt: new Date(group.slotStartsAt.getTime() + 30 * 60_000),
      description: prompts.join('\n'),
      url: this.url('/koffiedate'),
      stamp: round.matchedAt ?? new Date(),
      // The recipient organises, the group attends: a calendar then offers to invite them.
      organizer: { name: member.name, email: member.email },
      attendees: [member, ...partners].map((p) => ({ name: p.name, email: p.email })),
    });
    await this.mailer.send({
      key,
      to: member.email,
      subject: title,
      ...rendered,
      headers: standing.headers,
      replyTo: partners.map((p) => p.email),
      attachments: [
        {
          filename: 'koffiedate.ics',
          content: ics,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    });
  }

  async sendUnmatched(
    round: CoffeeDateRoundEntity,
    row: UnmatchedRow,
    member: MemberContact,
    sent?: Set<string>,
  ): Promise<void> {
    const key = unmatchedEmailKey(round.id, row);
    if (sent ? sent.has(key) : await this.sentEmails.wasSent(key)) return;
    const en = member.language === 'en';
    const month = monthName(round, member.language);
    const why = UNMATCHED[row.reason] ?? UNMATCHED['partners-taken'];
    const title = row.dissolvedMatchId
      ? en
        ? `No koffiedate after all for ${month}`
        : `Toch geen koffiedate in ${month}`
      : en
        ? `No koffiedate match for ${month}`
        : `Geen koffiedate-match in ${month}`;
    const standing = await this.standingLinks(member.id, member.language);
    const rendered = withLinks(
      renderEmail({
        language: member.language,
        title,
        paragraphs: [why[member.language]],
        action: { label: en ? 'Your koffiedate' : 'Je koffiedate', url: this.url('/koffiedate') },
        reason: en
          ? 'You receive this email because you signed up for the koffiedate on Leerhuis.'
          : 'Je krijgt deze mail omdat je je hebt aangemeld voor de koffiedate in Leerhuis.',
      }),
      standing.links,
    );
    await this.mailer.send({
      key,
      to: member.email,
      subject: title,
      ...rendered,
      headers: standing.headers,
    });
  }

  async sendReminder(
    round: CoffeeDateRoundEntity,
    matchId: string,
    member: MemberContact,
  ): Promise<void> {
    const key = `coffee-date-reminder:${matchId}:${member.id}`;
    if (await this.sentEmails.wasSent(key)) return;
    const en = member.language === 'en';
    const month = monthName(round, member.language);
    const feedback = await this.link(
      CoffeeDateLinkPurpose.FEEDBACK,
      member.id,
      new Date(round.closesAt.getTime() + 30 * DAY),
      { roundId: round.id, matchId },
    );
    const standing = await this.standingLinks(member.id, member.language);
    const title = en
      ? `Did you have your koffiedate of ${month}?`
      : `Heb je je koffiedate van ${month} gehad?`;
    const rendered = withLinks(
      renderEmail({
        language: member.language,
        title,
        paragraphs: [
          en
            ? 'Meeting is a start; a next step makes it a connection. Tell us whether you met, how valuable it was, and what comes next: an introduction, something you start together, or a community to join.'
            : 'Ontmoeten is een begin; een vervolgstap maakt er een verbinding van. Laat weten of jullie elkaar gesproken hebben, hoe waardevol het was en wat de volgende stap is: iemand voorstellen, samen iets beginnen of lid worden van een community.',
        ],
        action: { label: en ? 'We met: tell us' : 'Laat het weten', url: feedback },
        reason: en
          ? 'You receive this email because you signed up for the koffiedate on Leerhuis.'
          : 'Je krijgt deze mail omdat je je hebt aangemeld voor de koffiedate in Leerhuis.',
      }),
      standing.links,
    );
    await this.mailer.send({
      key,
      to: member.email,
      subject: title,
      ...rendered,
      headers: standing.headers,
    });
  }
}
