import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CommunityRepository } from '../community.repository';
import { JoinRequestRepository } from '../join-request.repository';

export interface SendJoinRequestData {
  eventId: string;
  communityId: string;
  memberId: string;
  motivation: string;
}

export const sendJoinRequestJob = defineJob<SendJoinRequestData>(
  QueueName.Mail,
  'send-community-join-request',
);

const TEXT = {
  nl: {
    subject: (applicant: string, name: string) => `${applicant} wil lid worden van ${name}`,
    intro: (applicant: string, organisation: string | null, name: string) =>
      `${applicant}${organisation ? ` (${organisation})` : ''} vraagt om lid te worden van de community ${name}.`,
    motivation: 'Motivatie:',
    noMotivation: 'Er is geen motivatie meegegeven.',
    decide:
      'Als trekker beslis je of je de aanvraag goedkeurt of afwijst. Je kunt er een bericht bij zetten; de aanvrager krijgt de beslissing per e-mail.',
    action: 'Aanvraag bekijken',
    reason: 'Je krijgt deze mail omdat je trekker bent van deze community in Leerhuis.',
  },
  en: {
    subject: (applicant: string, name: string) => `${applicant} asks to join ${name}`,
    intro: (applicant: string, organisation: string | null, name: string) =>
      `${applicant}${organisation ? ` (${organisation})` : ''} asks to join the community ${name}.`,
    motivation: 'Motivation:',
    noMotivation: 'No motivation was given.',
    decide:
      'As a coordinator you approve or decline the request. You can add a message; the applicant is emailed the decision.',
    action: 'View the request',
    reason: 'You receive this email because you coordinate this community on Leerhuis.',
  },
};

/**
 * Tells every coordinator of an on-request CoP that someone asks to join. One key per
 * request event and coordinator: a retry reaches only those not emailed yet.
 */
@Injectable()
@JobHandler(sendJoinRequestJob)
export class SendJoinRequestJob implements JobProcessor<SendJoinRequestData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly requests: JoinRequestRepository,
  ) {}

  async handle(data: SendJoinRequestData): Promise<void> {
    const [community, applicant, coordinators] = await Promise.all([
      this.communities.findById(data.communityId),
      this.requests.pendingApplicant(data.communityId, data.memberId),
      this.requests.coordinatorContacts(data.communityId),
    ]);
    // Decided or withdrawn before the mail left: nothing left to decide.
    if (!community || !applicant) return;
    // The CoP's beheer section, where open requests wait (web route /communities/<slug>/beheer).
    const url = `${this.config.PUBLIC_URL}/communities/${community.slug}/beheer`;
    for (const coordinator of coordinators) {
      if (coordinator.id === applicant.id) continue;
      const text = TEXT[coordinator.language] ?? TEXT.nl;
      const subject = text.subject(applicant.name, community.name);
      const { html, text: plain } = renderEmail({
        language: coordinator.language,
        title: subject,
        paragraphs: [
          text.intro(applicant.name, applicant.organisation, community.name),
          ...(data.motivation ? [text.motivation, data.motivation] : [text.noMotivation]),
          text.decide,
        ],
        action: { label: text.action, url },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `community-join-request:${data.eventId}:${coordinator.id}`,
        to: coordinator.email,
        subject,
        html,
        text: plain,
      });
    }
  }
}
