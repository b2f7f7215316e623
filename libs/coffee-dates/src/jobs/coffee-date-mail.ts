import type { BoundarySpannerStyle } from '@leerhuis/matching';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, SentEmailLog } from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';

import { CoffeeDateLinkService } from '../coffee-date-link.service';
import { conversationPrompts } from '../conversation-prompts';
import { coffeeDateInvitationEmail } from '../emails/coffee-date-invitation.email';
import {
  coffeeDateEventTitle,
  coffeeDateMatchEmail,
  type CoffeeDatePartner,
} from '../emails/coffee-date-match.email';
import { coffeeDateReminderEmail } from '../emails/coffee-date-reminder.email';
import { coffeeDateUnmatchedEmail } from '../emails/coffee-date-unmatched.email';
import { CoffeeDateLinkPurpose } from '../entities/coffee-date-link.entity';
import { CoffeeDateRoundEntity, CoffeeDateRoundKind } from '../entities/coffee-date-round.entity';
import { writeCoffeeDateIcs } from '../ics';
import { MemberContact } from '../member-contact.repository';
import { type CoffeeDateProfile, CoffeeDateProfiles } from '../profile-source';
import { StoredGroup } from '../round-group.repository';
import { UnmatchedRow } from '../unmatched.repository';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

export const matchEmailKey = (group: StoredGroup, memberId: string) =>
  `coffee-date-match:${group.matchId}:${memberId}`;

export const unmatchedEmailKey = (roundId: string, row: UnmatchedRow) =>
  row.dissolvedMatchId
    ? `coffee-date-no-match:${row.dissolvedMatchId}:${row.memberId}`
    : `coffee-date-unmatched:${roundId}:${row.memberId}`;

/** One-click unsubscribe headers (RFC 8058) with the koffiedate's own unsubscribe link. */
const unsubscribeHeaders = (unsubscribe: string) => ({
  'List-Unsubscribe': `<${unsubscribe}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/**
 * Fetches what the koffiedate emails say (contacts, profiles, link tokens) and sends them;
 * their wording is in ../emails. Every email has a deterministic key, so a job run twice
 * sends nothing twice; link tokens are only minted for an email not sent yet.
 */
@Injectable()
export class CoffeeDateMail {
  constructor(
    private readonly sentEmails: SentEmailLog,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly links: CoffeeDateLinkService,
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
  private async standingLinks(memberId: string) {
    const until = new Date(Date.now() + YEAR);
    const pause = await this.link(CoffeeDateLinkPurpose.PAUSE, memberId, until);
    const unsubscribe = await this.link(CoffeeDateLinkPurpose.UNSUBSCRIBE, memberId, until);
    return { pause, unsubscribe };
  }

  async sendInvitation(
    round: CoffeeDateRoundEntity,
    member: MemberContact,
    enrolled: boolean,
    hasProfile: boolean,
  ): Promise<void> {
    const key = `coffee-date-invitation:${round.id}:${member.id}`;
    if (await this.sentEmails.wasSent(key)) return;
    const standing = await this.standingLinks(member.id);
    const joinUrl = enrolled
      ? null
      : await this.link(CoffeeDateLinkPurpose.JOIN, member.id, round.signupDeadline, {
          roundId: round.id,
        });
    const email = coffeeDateInvitationEmail(
      { publicUrl: this.config.PUBLIC_URL, round, enrolled, hasProfile, joinUrl, standing },
      member.language,
    );
    await this.mailer.send({
      key,
      to: member.email,
      ...email,
      headers: unsubscribeHeaders(standing.unsubscribe),
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
    const partnerIds = group.memberIds.filter((id) => id !== member.id);
    const partnerContacts = partnerIds.map((id) => contacts.get(id)).filter((p) => p !== undefined);
    const [visible, own] = await Promise.all([
      this.profiles.visibleTo(member.id, partnerIds),
      known ? known.own : this.profiles.latestFor([member.id]),
    ]);
    const partnerStyles: (BoundarySpannerStyle | null)[] = [];
    const partners: CoffeeDatePartner[] = partnerContacts.map((partner) => {
      const profile = visible.get(partner.id);
      const shared = profile && profile.preferredStyles.length > 0 ? profile : null;
      partnerStyles.push(shared ? shared.preferredStyles[0] : null);
      return {
        ...partner,
        styles: shared
          ? shared.preferredStyles.map((s) => this.profiles.describe(s, language))
          : null,
      };
    });
    const ownStyle = own.get(member.id)?.preferredStyles[0] ?? null;
    const prompts = conversationPrompts([ownStyle, ...partnerStyles], language);

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
    const email = coffeeDateMatchEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        round,
        team: round.kind === CoffeeDateRoundKind.TEAM,
        partners,
        reasons: group.reasons.map((r) => r.code),
        slotStartsAt: group.slotStartsAt,
        prompts,
        links: { accept, decline, feedback, pause, unsubscribe },
      },
      language,
    );
    const ics = writeCoffeeDateIcs({
      uid: `koffiedate-${group.matchId}@leerhuis`,
      title: coffeeDateEventTitle([member.name, ...partnerContacts.map((p) => p.name)]),
      startsAt: group.slotStartsAt,
      endsAt: new Date(group.slotStartsAt.getTime() + 30 * 60_000),
      description: prompts.join('\n'),
      url: this.url('/koffiedate'),
      stamp: round.matchedAt ?? new Date(),
      // The recipient organises, the group attends: a calendar then offers to invite them.
      organizer: { name: member.name, email: member.email },
      attendees: [member, ...partnerContacts].map((p) => ({ name: p.name, email: p.email })),
    });
    await this.mailer.send({
      key,
      to: member.email,
      ...email,
      headers: unsubscribeHeaders(unsubscribe),
      replyTo: partnerContacts.map((p) => p.email),
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
    const standing = await this.standingLinks(member.id);
    const email = coffeeDateUnmatchedEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        round,
        reason: row.reason,
        dissolved: !!row.dissolvedMatchId,
        standing,
      },
      member.language,
    );
    await this.mailer.send({
      key,
      to: member.email,
      ...email,
      headers: unsubscribeHeaders(standing.unsubscribe),
    });
  }

  async sendReminder(
    round: CoffeeDateRoundEntity,
    matchId: string,
    member: MemberContact,
  ): Promise<void> {
    const key = `coffee-date-reminder:${matchId}:${member.id}`;
    if (await this.sentEmails.wasSent(key)) return;
    const feedbackUrl = await this.link(
      CoffeeDateLinkPurpose.FEEDBACK,
      member.id,
      new Date(round.closesAt.getTime() + 30 * DAY),
      { roundId: round.id, matchId },
    );
    const standing = await this.standingLinks(member.id);
    const email = coffeeDateReminderEmail({ round, feedbackUrl, standing }, member.language);
    await this.mailer.send({
      key,
      to: member.email,
      ...email,
      headers: unsubscribeHeaders(standing.unsubscribe),
    });
  }
}
