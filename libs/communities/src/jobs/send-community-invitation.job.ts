import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import type { CommunityInvitedPayload } from '../communities.events';
import { CommunityRepository } from '../community.repository';
import { MembershipRepository } from '../membership.repository';

export type SendCommunityInvitationData = CommunityInvitedPayload;

export const sendCommunityInvitationJob = defineJob<SendCommunityInvitationData>(
  QueueName.Mail,
  'send-community-invitation',
  {
    // The token must not linger in Redis once the mail is out.
    removeOnComplete: true,
    removeOnFail: { age: 3600 },
    attempts: 4,
  },
);

const TEXT = {
  nl: {
    subject: (name: string) => `Uitnodiging voor de community ${name}`,
    body: (inviter: string, name: string, days: number) => [
      `${inviter} nodigt je uit om lid te worden van de community ${name} in Leerhuis.`,
      `Nog geen account? Log in met dit e-mailadres en vul je korte profiel in; daarna neem je de uitnodiging aan. De link werkt één keer en is ${days} dagen geldig.`,
    ],
    note: 'Persoonlijk bericht:',
    action: 'Uitnodiging bekijken',
    reason: 'Je krijgt deze mail omdat een coördinator van deze community je heeft uitgenodigd.',
  },
  en: {
    subject: (name: string) => `Invitation to the community ${name}`,
    body: (inviter: string, name: string, days: number) => [
      `${inviter} invites you to join the community ${name} on Leerhuis.`,
      `No account yet? Sign in with this email address and complete your short profile; then accept the invitation. The link works once and is valid for ${days} days.`,
    ],
    note: 'Personal message:',
    action: 'View the invitation',
    reason: 'You receive this email because a coordinator of this community invited you.',
  },
};

@Injectable()
@JobHandler(sendCommunityInvitationJob)
export class SendCommunityInvitationJob implements JobProcessor<SendCommunityInvitationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async handle(data: SendCommunityInvitationData): Promise<void> {
    if (new Date(data.expiresAt).getTime() < Date.now()) return;
    const [community, inviter, invitee] = await Promise.all([
      this.communities.findById(data.communityId),
      this.memberships.contact(data.invitedBy),
      this.memberships.contactByEmail(data.email),
    ]);
    if (!community) return;
    // Someone without an account gets Dutch, the platform's first language.
    const language = invitee?.language ?? 'nl';
    const text = TEXT[language];
    const days = Math.max(
      1,
      Math.round((new Date(data.expiresAt).getTime() - Date.now()) / 86_400_000),
    );
    const url = `${this.config.PUBLIC_URL}/communities/invitation?token=${encodeURIComponent(data.token)}`;
    const { html, text: plain } = renderEmail({
      language,
      title: text.subject(community.name),
      paragraphs: [
        ...text.body(inviter?.name ?? 'Leerhuis', community.name, days),
        ...(data.message ? [text.note, data.message] : []),
      ],
      action: { label: text.action, url },
      reason: text.reason,
    });
    await this.mailer.send({
      key: `community-invitation:${data.invitationId}`,
      to: data.email,
      subject: text.subject(community.name),
      html,
      text: plain,
    });
  }
}
