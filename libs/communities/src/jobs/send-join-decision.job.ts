import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CommunityRepository } from '../community.repository';
import { MembershipRepository } from '../membership.repository';

export interface SendJoinDecisionData {
  eventId: string;
  communityId: string;
  memberId: string;
  approved: boolean;
  message: string;
}

export const sendJoinDecisionJob = defineJob<SendJoinDecisionData>(
  QueueName.Mail,
  'send-community-join-decision',
);

const TEXT = {
  nl: {
    subject: (name: string, ok: boolean) =>
      ok ? `Welkom bij ${name}` : `Je aanvraag voor ${name}`,
    outcome: (name: string, ok: boolean) =>
      ok
        ? `Je aanvraag om lid te worden van de community ${name} is goedgekeurd. Welkom!`
        : `Je aanvraag om lid te worden van de community ${name} is helaas afgewezen.`,
    message: 'Bericht van de coördinator:',
    action: 'Naar de community',
    reason: 'Je krijgt deze mail omdat je vroeg om lid te worden van deze community in Leerhuis.',
  },
  en: {
    subject: (name: string, ok: boolean) =>
      ok ? `Welcome to ${name}` : `Your request to join ${name}`,
    outcome: (name: string, ok: boolean) =>
      ok
        ? `Your request to join the community ${name} has been approved. Welcome!`
        : `Your request to join the community ${name} has been declined.`,
    message: 'Message from the coordinator:',
    action: 'Go to the community',
    reason: 'You receive this email because you asked to join this community on Leerhuis.',
  },
};

/** Tells the applicant the outcome of their request, with the coordinator's message. */
@Injectable()
@JobHandler(sendJoinDecisionJob)
export class SendJoinDecisionJob implements JobProcessor<SendJoinDecisionData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async handle(data: SendJoinDecisionData): Promise<void> {
    const [community, applicant] = await Promise.all([
      this.communities.findById(data.communityId),
      this.memberships.contact(data.memberId),
    ]);
    if (!community || !applicant) return; // deleted meanwhile: nobody to tell
    const text = TEXT[applicant.language] ?? TEXT.nl;
    const { html, text: plain } = renderEmail({
      language: applicant.language,
      title: text.subject(community.name, data.approved),
      paragraphs: [
        text.outcome(community.name, data.approved),
        ...(data.message ? [text.message, data.message] : []),
      ],
      action: data.approved
        ? { label: text.action, url: `${this.config.PUBLIC_URL}/communities/${community.slug}` }
        : undefined,
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `community-join-decision:${data.eventId}`,
      to: applicant.email,
      subject: text.subject(community.name, data.approved),
      html,
      text: plain,
    });
  }
}
