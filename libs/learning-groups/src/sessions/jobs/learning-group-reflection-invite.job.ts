import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import {
  defineJob,
  JobHandler,
  JobProcessor,
  QueueName,
  QueueProducer,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { LearningGroupRepository } from '../../learning-group.repository';
import { sessionEnd } from '../learning-group-reflection.service';
import { LearningGroupSessionRepository } from '../learning-group-session.repository';
import { LearningGroupSessionService } from '../learning-group-session.service';

export interface ScheduleLearningGroupReflectionsData {
  learningGroupId: string;
}

export interface SendLearningGroupReflectionInviteData {
  sessionId: string;
  /** The session's end when the invite was planned; a rescheduled session has a newer job. */
  endsAt: string;
}

export const scheduleLearningGroupReflectionsJob = defineJob<ScheduleLearningGroupReflectionsData>(
  QueueName.Mail,
  'schedule-learning-group-reflections',
);

export const sendLearningGroupReflectionInviteJob =
  defineJob<SendLearningGroupReflectionInviteData>(
    QueueName.Mail,
    'send-learning-group-reflection-invite',
  );

/** Sessions that ended longer ago than this get no invite (sessions made rows late). */
const PAST_LIMIT_MS = 7 * 24 * 3_600_000;

/**
 * Plans one delayed invite per session at its end, with a deterministic job id (session and
 * end), so planning again (a reschedule, a retry) adds only what is new.
 */
@Injectable()
@JobHandler(scheduleLearningGroupReflectionsJob)
export class ScheduleLearningGroupReflectionsJob implements JobProcessor<ScheduleLearningGroupReflectionsData> {
  constructor(
    private readonly producer: QueueProducer,
    private readonly sessions: LearningGroupSessionRepository,
    private readonly sessionService: LearningGroupSessionService,
    private readonly groups: LearningGroupRepository,
  ) {}

  async handle(data: ScheduleLearningGroupReflectionsData): Promise<void> {
    const group = await this.groups.findById(data.learningGroupId);
    if (!group) return;
    // After a confirmation nobody may have opened the sessions yet: make them rows here.
    await this.sessionService.materialise(group);
    const now = Date.now();
    for (const session of await this.sessions.ofLearningGroup(group.id)) {
      const end = sessionEnd(session, group).getTime();
      if (end < now - PAST_LIMIT_MS) continue;
      await this.producer.enqueue(
        sendLearningGroupReflectionInviteJob,
        { sessionId: session.id, endsAt: new Date(end).toISOString() },
        { jobId: `learning-group-reflection-${session.id}-${end}`, delay: Math.max(0, end - now) },
      );
    }
  }
}

const TEXT = {
  nl: {
    subject: (name: string, n: number) => `Reflectie op bijeenkomst ${n} van ${name}`,
    body: (name: string, n: number) =>
      `Bijeenkomst ${n} van ${name} is voorbij. Neem een paar minuten voor een korte reflectie: wat gebeurde er, wat leverde het op en wat passen we aan?`,
    until: 'Je kunt je reflectie aanpassen tot de volgende bijeenkomst begint.',
    action: 'Reflectie invullen',
    reason: 'Je krijgt deze mail omdat je deelneemt aan deze leergroep in Leerhuis.',
  },
  en: {
    subject: (name: string, n: number) => `Reflect on session ${n} of ${name}`,
    body: (name: string, n: number) =>
      `Session ${n} of ${name} is over. Take a few minutes for a short reflection: what happened, what did it yield, and what do we adjust?`,
    until: 'You can change your reflection until the next session starts.',
    action: 'Write your reflection',
    reason: 'You receive this email because you take part in this learning group on Leerhuis.',
  },
};

/** Emails every member of the session's group a link to the reflection form, once each. */
@Injectable()
@JobHandler(sendLearningGroupReflectionInviteJob)
export class SendLearningGroupReflectionInviteJob implements JobProcessor<SendLearningGroupReflectionInviteData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly sessions: LearningGroupSessionRepository,
    private readonly groups: LearningGroupRepository,
  ) {}

  async handle(data: SendLearningGroupReflectionInviteData): Promise<void> {
    const session = await this.sessions.findById(data.sessionId);
    const group = session && (await this.groups.findById(session.learningGroupId));
    if (!session || !group) return;
    const end = sessionEnd(session, group);
    // Rescheduled since: the job planned for the new end sends the invite.
    if (end.toISOString() !== data.endsAt || end.getTime() > Date.now()) return;
    const memberIds = await this.sessions.membersOfGroup(group.id, session.groupNumber);
    const contacts = await this.groups.contacts(memberIds);
    const url = `${this.config.PUBLIC_URL}/leergroepen/${group.id}#reflectie-${session.id}`;
    for (const memberId of memberIds) {
      const member = contacts.get(memberId);
      if (!member) continue;
      const text = TEXT[member.language] ?? TEXT.nl;
      const { html, text: plain } = renderEmail({
        language: member.language,
        title: text.subject(group.name, session.sequence),
        paragraphs: [text.body(group.name, session.sequence), text.until],
        action: { label: text.action, url },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `learning-group-reflection:${session.id}:${memberId}`,
        to: member.email,
        subject: text.subject(group.name, session.sequence),
        html,
        text: plain,
      });
    }
  }
}
