import { SentEmailLog } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundState } from '../entities/coffee-date-round.entity';
import { MemberContactRepository } from '../member-contact.repository';
import { CoffeeDateProfiles } from '../profile-source';
import { RoundRepository } from '../round.repository';
import { RoundGroupRepository } from '../round-group.repository';
import { UnmatchedRepository } from '../unmatched.repository';
import { CoffeeDateMail, matchEmailKey, unmatchedEmailKey } from './coffee-date-mail';
import { inParallel } from './in-parallel';

type RoundData = { roundId: string };

/** Match emails in flight at once: a few database connections and SMTP sessions. */
const MATCH_SENDS_IN_FLIGHT = 16;
/** Groups per page of match emails. */
const MATCH_PAGE = 500;

export const sendCoffeeDateMatchesJob = defineJob<RoundData>(
  QueueName.Mail,
  'send-coffee-date-matches',
);

/**
 * Every match email and "no match" email of the round not sent yet: after the matching,
 * and again after each re-match. Keys make a second run send nothing.
 */
@Injectable()
@JobHandler(sendCoffeeDateMatchesJob)
export class SendCoffeeDateMatchesJob implements JobProcessor<RoundData> {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly roundGroups: RoundGroupRepository,
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly memberContacts: MemberContactRepository,
    private readonly sentEmails: SentEmailLog,
    private readonly profiles: CoffeeDateProfiles,
    private readonly mail: CoffeeDateMail,
  ) {}

  async handle(data: RoundData): Promise<void> {
    const round = await this.rounds.findById(data.roundId);
    if (round?.state !== CoffeeDateRoundState.MATCHED) return;
    const [groups, unmatched] = await Promise.all([
      this.roundGroups.groups(round.id),
      this.unmatchedRows.unmatched(round.id),
    ]);
    // In pages: contacts, sent keys and profiles are looked up once per page, and only one
    // page's emails are held in memory at a time.
    for (let i = 0; i < groups.length; i += MATCH_PAGE) {
      const page = groups.slice(i, i + MATCH_PAGE);
      const memberIds = page.flatMap((g) => g.memberIds);
      const [contacts, sent, own] = await Promise.all([
        this.memberContacts.contacts(memberIds),
        this.sentEmails.sentKeys(
          page.flatMap((g) => g.memberIds.map((id) => matchEmailKey(g, id))),
        ),
        this.profiles.latestFor(memberIds),
      ]);
      const sends: (() => Promise<void>)[] = [];
      for (const group of page) {
        for (const memberId of group.memberIds) {
          const member = contacts.get(memberId);
          if (member && !sent.has(matchEmailKey(group, memberId))) {
            sends.push(() => this.mail.sendMatch(round, group, member, contacts, { sent, own }));
          }
        }
      }
      // One at a time, 50,000 emails took far longer than the 5 minutes a round may take.
      await inParallel(sends, MATCH_SENDS_IN_FLIGHT);
    }
    for (let i = 0; i < unmatched.length; i += MATCH_PAGE) {
      const page = unmatched.slice(i, i + MATCH_PAGE);
      const [contacts, sent] = await Promise.all([
        this.memberContacts.contacts(page.map((u) => u.memberId)),
        this.sentEmails.sentKeys(page.map((u) => unmatchedEmailKey(round.id, u))),
      ]);
      const sends = page.flatMap((row) => {
        const member = contacts.get(row.memberId);
        return member ? [() => this.mail.sendUnmatched(round, row, member, sent)] : [];
      });
      await inParallel(sends, MATCH_SENDS_IN_FLIGHT);
    }
  }
}
