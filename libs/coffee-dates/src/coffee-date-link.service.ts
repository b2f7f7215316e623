import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateErrorCode, CoffeeDateException } from './coffee-date.exception';
import { CoffeeDateService } from './coffee-date.service';
import { CoffeeDateLinkEntity, CoffeeDateLinkPurpose } from './entities/coffee-date-link.entity';
import { CoffeeDateNextStep } from './entities/coffee-date-match.entity';
import { CoffeeDateRoundState } from './entities/coffee-date-round.entity';
import { LinkRepository } from './link.repository';
import { generateLinkToken, hashLinkToken, looksLikeLinkToken } from './link-token';
import { MemberContactRepository } from './member-contact.repository';
import { RoundRepository } from './round.repository';
import { RoundParticipantRepository } from './round-participant.repository';

/** Links that may be followed once only; the others repeat harmlessly. */
const SINGLE_USE = new Set([CoffeeDateLinkPurpose.DECLINE]);

export interface LinkAnswer {
  rating?: number | null;
  met?: boolean;
  nextStep?: CoffeeDateNextStep | null;
  months?: number;
}

export interface LinkContext {
  purpose: CoffeeDateLinkPurpose;
  language: 'nl' | 'en';
}

/**
 * The links in koffiedate emails: each is bound to one member and one purpose (and its round
 * or match), so it works without signing in and for nothing else.
 */
@Injectable()
export class CoffeeDateLinkService {
  constructor(
    private readonly links: LinkRepository,
    private readonly rounds: RoundRepository,
    private readonly participants: RoundParticipantRepository,
    private readonly memberContacts: MemberContactRepository,
    private readonly coffeeDates: CoffeeDateService,
    private readonly dataSource: DataSource,
  ) {}

  async issue(values: {
    purpose: CoffeeDateLinkPurpose;
    memberId: string;
    roundId?: string | null;
    matchId?: string | null;
    expiresAt: Date;
  }): Promise<string> {
    const { token, hash } = generateLinkToken();
    await this.links.insert({
      tokenHash: hash,
      purpose: values.purpose,
      memberId: values.memberId,
      roundId: values.roundId ?? null,
      matchId: values.matchId ?? null,
      expiresAt: values.expiresAt,
    });
    return token;
  }

  /** Several tokens, stored in one statement; returned in the order asked. */
  async issueMany(
    values: {
      purpose: CoffeeDateLinkPurpose;
      memberId: string;
      roundId?: string | null;
      matchId?: string | null;
      expiresAt: Date;
    }[],
  ): Promise<string[]> {
    const tokens = values.map(() => generateLinkToken());
    await this.links.insertMany(
      values.map((v, i) => ({
        tokenHash: tokens[i].hash,
        purpose: v.purpose,
        memberId: v.memberId,
        roundId: v.roundId ?? null,
        matchId: v.matchId ?? null,
        expiresAt: v.expiresAt,
      })),
    );
    return tokens.map((t) => t.token);
  }

  /** What the confirmation page should show; changes nothing (mail scanners follow links). */
  async inspect(token: string): Promise<LinkContext> {
    const link = await this.valid(token, (hash) => this.links.find(hash));
    const contacts = await this.memberContacts.contacts([link.memberId]);
    return { purpose: link.purpose, language: contacts.get(link.memberId)?.language ?? 'nl' };
  }

  /** Does what the link is for, once confirmed; all or nothing. */
  async redeem(token: string, answer: LinkAnswer = {}): Promise<LinkContext> {
    let context: LinkContext | undefined;
    await this.dataSource.transaction(async (m) => {
      const link = await this.valid(token, (hash) => this.links.lock(hash, m));
      if (SINGLE_USE.has(link.purpose) && link.usedAt) {
        throw new CoffeeDateException(CoffeeDateErrorCode.LINK_USED, 'This link was used before.');
      }
      await this.perform(link, answer, m);
      await this.links.markUsed(link.tokenHash, m);
      const contacts = await this.memberContacts.contacts([link.memberId], m);
      context = { purpose: link.purpose, language: contacts.get(link.memberId)?.language ?? 'nl' };
    });
    return context!;
  }

  private async perform(link: CoffeeDateLinkEntity, answer: LinkAnswer, m: EntityManager) {
    switch (link.purpose) {
      case CoffeeDateLinkPurpose.JOIN: {
        const round = link.roundId ? await this.rounds.lock(link.roundId, m) : null;
        if (round?.state !== CoffeeDateRoundState.OPEN) {
          throw new CoffeeDateException(
            CoffeeDateErrorCode.ROUND_NOT_OPEN,
            'Sign-up for this round has closed.',
          );
        }
        await this.participants.addParticipant(round.id, link.memberId, 'ROUND', m);
        return;
      }
      case CoffeeDateLinkPurpose.ACCEPT:
        return this.coffeeDates.accept(link.memberId, link.matchId!, m);
      case CoffeeDateLinkPurpose.DECLINE:
        return this.coffeeDates.decline(link.memberId, link.matchId!, m);
      case CoffeeDateLinkPurpose.FEEDBACK:
        return this.coffeeDates.recordFeedback(
          link.memberId,
          {
            matchId: link.matchId!,
            met: answer.met ?? true,
            rating: answer.rating ?? null,
            nextStep: answer.nextStep ?? null,
          },
          m,
        );
      case CoffeeDateLinkPurpose.PAUSE: {
        const months = answer.months ?? 1;
        if (!Number.isInteger(months) || months < 1 || months > 6) {
          throw new CoffeeDateException(
            CoffeeDateErrorCode.PAUSE_OUT_OF_RANGE,
            'Pause for 1 to 6 months.',
            [{ field: 'months', message: 'months must be a whole number from 1 to 6' }],
          );
        }
        return this.coffeeDates.pauseIn(link.memberId, months, m);
      }
      case CoffeeDateLinkPurpose.UNSUBSCRIBE:
        return this.coffeeDates.unsubscribe(link.memberId, m);
    }
  }

  private async valid(
    token: string,
    find: (hash: string) => Promise<CoffeeDateLinkEntity | null>,
  ): Promise<CoffeeDateLinkEntity> {
    const link = looksLikeLinkToken(token) ? await find(hashLinkToken(token)) : null;
    if (!link) {
      throw new CoffeeDateException(CoffeeDateErrorCode.LINK_INVALID, 'This link is not valid.');
    }
    if (link.expiresAt.getTime() < Date.now()) {
      throw new CoffeeDateException(CoffeeDateErrorCode.LINK_EXPIRED, 'This link has expired.');
    }
    return link;
  }
}
