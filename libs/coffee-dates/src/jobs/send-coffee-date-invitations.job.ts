import { amsterdamDay } from '@leerhuis/platform-calendar';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundState } from '../entities/coffee-date-round.entity';
import { MemberContactRepository } from '../member-contact.repository';
import { PreferenceRepository } from '../preference.repository';
import { CoffeeDateProfiles } from '../profile-source';
import { RoundRepository } from '../round.repository';
import { RoundParticipantRepository } from '../round-participant.repository';
import { CoffeeDateMail } from './coffee-date-mail';

type RoundData = { roundId: string };

export const sendCoffeeDateInvitationsJob = defineJob<RoundData>(
  QueueName.Mail,
  'send-coffee-date-invitations',
);

/** The invitation to everyone not unsubscribed or paused; those already in are told so. */
@Injectable()
@JobHandler(sendCoffeeDateInvitationsJob)
export class SendCoffeeDateInvitationsJob implements JobProcessor<RoundData> {
  constructor(
    private readonly participants: RoundParticipantRepository,
    private readonly memberContacts: MemberContactRepository,
    private readonly rounds: RoundRepository,
    private readonly preferences: PreferenceRepository,
    private readonly profiles: CoffeeDateProfiles,
    private readonly mail: CoffeeDateMail,
  ) {}

  async handle(data: RoundData): Promise<void> {
    const round = await this.rounds.findById(data.roundId);
    if (round?.state !== CoffeeDateRoundState.OPEN) return; // sign-up over: no invitation
    const today = amsterdamDay(new Date());
    const invitees = await this.preferences.invitees(today);
    const enrolled = new Set(await this.participants.participantIds(round.id));
    for (let i = 0; i < invitees.length; i += 500) {
      const batch = invitees.slice(i, i + 500);
      const [contacts, profiles] = await Promise.all([
        this.memberContacts.contacts(batch),
        this.profiles.latestFor(batch),
      ]);
      for (const id of batch) {
        const contact = contacts.get(id);
        if (contact)
          await this.mail.sendInvitation(round, contact, enrolled.has(id), profiles.has(id));
      }
    }
  }
}
