import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { LearningGroupRepository } from '../../learning-group.repository';

export interface PeerIntroductionMailData {
  introductionId: string;
  requesterId: string;
  peerId: string;
}

/** The picked peer is asked (a link to answer in the web app). */
export const sendPeerIntroductionRequestJob = defineJob<PeerIntroductionMailData>(
  QueueName.Mail,
  'send-peer-introduction-request',
);

/** The peer accepted: both are introduced to each other. */
export const sendPeerIntroductionJob = defineJob<PeerIntroductionMailData>(
  QueueName.Mail,
  'send-peer-introduction',
);

const TEXT = {
  nl: {
    askSubject: (name: string) => `${name} wil graag met je kennismaken`,
    ask: (name: string) =>
      `${name} is programmadirecteur en zoekt een collega met een vergelijkbaar programma bij een ander ministerie. Leerhuis stelde jou voor. Wil je kennismaken?`,
    askAction: 'Accepteren of afslaan',
    introSubject: (name: string) => `Kennismaking met ${name}`,
    intro: (name: string, email: string) =>
      `Jullie willen allebei kennismaken: maak contact met ${name} via ${email}.`,
    introAction: 'Bekijk de kennismaking',
    reason:
      'Je krijgt deze mail omdat je een kennismaking met een collega-programmadirecteur vroeg of kreeg in Leerhuis.',
  },
  en: {
    askSubject: (name: string) => `${name} would like to meet you`,
    ask: (name: string) =>
      `${name} is a programme director looking for a peer with a comparable programme in another ministry. Leerhuis proposed you. Would you like to meet?`,
    askAction: 'Accept or decline',
    introSubject: (name: string) => `Introduction to ${name}`,
    intro: (name: string, email: string) =>
      `You both want to meet: get in touch with ${name} at ${email}.`,
    introAction: 'View the introduction',
    reason:
      'You receive this email because you asked for, or were asked for, an introduction to a fellow programme director on Leerhuis.',
  },
};

@Injectable()
@JobHandler(sendPeerIntroductionRequestJob)
export class SendPeerIntroductionRequestJob implements JobProcessor<PeerIntroductionMailData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly members: LearningGroupRepository,
  ) {}

  async handle(data: PeerIntroductionMailData): Promise<void> {
    const contacts = await this.members.contacts([data.requesterId, data.peerId]);
    const requester = contacts.get(data.requesterId);
    const peer = contacts.get(data.peerId);
    if (!requester || !peer) return;
    const text = TEXT[peer.language] ?? TEXT.nl;
    const { html, text: plain } = renderEmail({
      language: peer.language,
      title: text.askSubject(requester.name),
      paragraphs: [text.ask(requester.name)],
      action: {
        label: text.askAction,
        url: `${this.config.PUBLIC_URL}/kennismaken/${data.introductionId}`,
      },
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `peer-introduction-request:${data.introductionId}`,
      to: peer.email,
      subject: text.askSubject(requester.name),
      html,
      text: plain,
    });
  }
}

/** One email to each of the two; keyed per introduction and person, so sent exactly once. */
@Injectable()
@JobHandler(sendPeerIntroductionJob)
export class SendPeerIntroductionJob implements JobProcessor<PeerIntroductionMailData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly members: LearningGroupRepository,
  ) {}

  async handle(data: PeerIntroductionMailData): Promise<void> {
    const contacts = await this.members.contacts([data.requesterId, data.peerId]);
    const pairs = [
      [data.requesterId, data.peerId],
      [data.peerId, data.requesterId],
    ] as const;
    for (const [toId, otherId] of pairs) {
      const to = contacts.get(toId);
      const other = contacts.get(otherId);
      if (!to || !other) continue;
      const text = TEXT[to.language] ?? TEXT.nl;
      const { html, text: plain } = renderEmail({
        language: to.language,
        title: text.introSubject(other.name),
        paragraphs: [text.intro(other.name, other.email)],
        action: {
          label: text.introAction,
          url: `${this.config.PUBLIC_URL}/kennismaken/${data.introductionId}`,
        },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `peer-introduction:${data.introductionId}:${toId}`,
        to: to.email,
        subject: text.introSubject(other.name),
        html,
        text: plain,
      });
    }
  }
}
