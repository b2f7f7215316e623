import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundState } from '../entities/coffee-date-round.entity';
import { MatchRepository } from '../match.repository';
import { MemberContactRepository } from '../member-contact.repository';
import { RoundRepository } from '../round.repository';
import { CoffeeDateMail } from './coffee-date-mail';

type RoundData = { roundId: string };

export const sendCoffeeDateRemindersJob = defineJob<RoundData>(
  QueueName.Mail,
  'send-coffee-date-reminders',
);

/** Near the end of the round: "did you meet?" to everyone in a group without feedback. */
@Injectable()
@JobHandler(sendCoffeeDateRemindersJob)
export class SendCoffeeDateRemindersJob implements JobProcessor<RoundData> {
  constructor(
    private readonly memberContacts: MemberContactRepository,
    private readonly rounds: RoundRepository,
    private readonly matches: MatchRepository,
    private readonly mail: CoffeeDateMail,
  ) {}

  async handle(data: RoundData): Promise<void> {
    const round = await this.rounds.findById(data.roundId);
    if (round?.state !== CoffeeDateRoundState.MATCHED) return;
    const pending = await this.matches.withoutFeedback(round.id);
    const contacts = await this.memberContacts.contacts([
      ...new Set(pending.map((p) => p.memberId)),
    ]);
    for (const { matchId, memberId } of pending) {
      const member = contacts.get(memberId);
      if (member) await this.mail.sendReminder(round, matchId, member);
    }
  }
}
