import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { learningGroupReflectionInviteEmail } from '../../emails/learning-group-reflection-invite.email';
import { LearningGroupRepository } from '../../learning-group.repository';
import { sessionEnd } from '../learning-group-reflection.service';
import { LearningGroupSessionRepository } from '../learning-group-session.repository';

export interface SendLearningGroupReflectionInviteData {
  sessionId: string;
  /** The session's end when the invite was planned; a rescheduled session has a newer job. */
  endsAt: string;
}

export const sendLearningGroupReflectionInviteJob =
  defineJob<SendLearningGroupReflectionInviteData>(
    QueueName.Mail,
    'send-learning-group-reflection-invite',
  );

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
    for (const memberId of memberIds) {
      const member = contacts.get(memberId);
      if (!member) continue;
      const email = learningGroupReflectionInviteEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          groupId: group.id,
          groupName: group.name,
          sessionId: session.id,
          sequence: session.sequence,
        },
        member.language,
      );
      await this.mailer.send({
        key: `learning-group-reflection:${session.id}:${memberId}`,
        to: member.email,
        ...email,
      });
    }
  }
}
