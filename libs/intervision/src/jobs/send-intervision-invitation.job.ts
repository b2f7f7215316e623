import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { GroupMemberStatus } from '../entities/intervision-group-member.entity';
import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface SendIntervisionInvitationData {
  eventId: string;
  groupId: string;
  memberId: string;
}

export const sendIntervisionInvitationJob = defineJob<SendIntervisionInvitationData>(
  QueueName.Mail,
  'send-intervision-invitation',
);

const TEXT = {
  nl: {
    subject: (group: string) => `Uitnodiging voor de intervisiegroep ${group}`,
    intro: (group: string) => `Je bent uitgenodigd voor de intervisiegroep ${group} in Leerhuis.`,
    agreement:
      'Je doet mee zodra je de vertrouwelijkheidsafspraak van de groep hebt gelezen en geaccepteerd.',
    action: 'Lees de afspraak',
    why: 'Je krijgt deze mail omdat een begeleider je voor deze groep heeft uitgenodigd.',
  },
  en: {
    subject: (group: string) => `Invitation to the intervision group ${group}`,
    intro: (group: string) =>
      `You have been invited to the intervision group ${group} on Leerhuis.`,
    agreement: "You join once you have read and accepted the group's confidentiality agreement.",
    action: 'Read the agreement',
    why: 'You receive this email because a moderator invited you to this group.',
  },
};

/** Tells an invitee about the group and the agreement to accept; once per invitation. */
@Injectable()
@JobHandler(sendIntervisionInvitationJob)
export class SendIntervisionInvitationJob implements JobProcessor<SendIntervisionInvitationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: SendIntervisionInvitationData): Promise<void> {
    const [group, membership, contact] = await Promise.all([
      this.groups.findById(data.groupId),
      this.groups.membership(data.groupId, data.memberId),
      this.groups.contact(data.memberId),
    ]);
    // Sent even if the invitee already joined (the link still leads to the group); not after
    // the invitation was declined or the member left.
    if (!group || !contact || !membership || membership.status === GroupMemberStatus.LEFT) return;
    const language = contact.language === 'en' ? 'en' : 'nl';
    const text = TEXT[language];
    const { html, text: plain } = renderEmail({
      language,
      title: text.subject(group.name),
      paragraphs: [text.intro(group.name), text.agreement],
      action: {
        label: text.action,
        url: `${this.config.PUBLIC_URL}/intervisie/groepen/${group.id}`,
      },
      reason: text.why,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `intervision-invitation:${data.eventId}`,
      to: contact.email,
      subject: text.subject(group.name),
      html,
      text: plain,
    });
  }
}
