import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupRepository, MemberContact } from '../learning-group.repository';
import { writeIcsSeries } from '../schedule/ics-series';
import { firstSessionOfGroup, sessionStarts } from '../schedule/session-schedule';

export interface SendLearningGroupCompositionData {
  learningGroupId: string;
  groups: { number: number; memberIds: string[] }[];
  notPlacedIds: string[];
}

export const sendLearningGroupCompositionJob = defineJob<SendLearningGroupCompositionData>(
  QueueName.Mail,
  'send-learning-group-composition',
);

const TEXT = {
  nl: {
    placedSubject: (name: string) => `Je bent ingedeeld in de leergroep ${name}`,
    placed: (name: string, n: number) =>
      `De begeleider heeft de leergroep ${name} samengesteld. Je zit in groep ${n}, met:`,
    schedule: (when: string, weeks: number) =>
      `De eerste bijeenkomst is op ${when}; daarna elke ${weeks} weken. De bijlage zet de hele reeks in je agenda.`,
    notPlacedSubject: (name: string) => `Leergroep ${name}: geen plek deze keer`,
    notPlaced: (name: string) =>
      `De leergroep ${name} is samengesteld, maar er was deze keer geen plek voor je. De begeleider neemt je aanmelding mee voor een volgende ronde.`,
    facilitatorSubject: (name: string) => `Samenstelling bevestigd: ${name}`,
    facilitator: (name: string, groups: number) =>
      `Je hebt de samenstelling van ${name} bevestigd: ${groups} groep(en). Iedereen die zich aanmeldde heeft bericht gekregen; de bijlagen bevatten de reeks per groep.`,
    group: (n: number) => `Groep ${n}`,
    title: (name: string, n: number) => `${name}, groep ${n}`,
    action: 'Bekijk de leergroep',
    reason: 'Je krijgt deze mail omdat je je aanmeldde voor deze leergroep in Leerhuis.',
    facilitatorReason: 'Je krijgt deze mail omdat je begeleider bent van deze leergroep.',
  },
  en: {
    placedSubject: (name: string) => `You have a place in the learning group ${name}`,
    placed: (name: string, n: number) =>
      `The facilitator has composed the learning group ${name}. You are in group ${n}, with:`,
    schedule: (when: string, weeks: number) =>
      `The first session is on ${when} (Amsterdam time); then every ${weeks} weeks. The attachment adds the series to your calendar.`,
    notPlacedSubject: (name: string) => `Learning group ${name}: no place this time`,
    notPlaced: (name: string) =>
      `The learning group ${name} has been composed, but there was no place for you this time. The facilitator keeps your application for a next round.`,
    facilitatorSubject: (name: string) => `Composition confirmed: ${name}`,
    facilitator: (name: string, groups: number) =>
      `You confirmed the composition of ${name}: ${groups} group(s). Everyone who applied has been told; the attachments hold each group's series.`,
    group: (n: number) => `Group ${n}`,
    title: (name: string, n: number) => `${name}, group ${n}`,
    action: 'View the learning group',
    reason: 'You receive this email because you applied to this learning group on Leerhuis.',
    facilitatorReason: 'You receive this email because you facilitate this learning group.',
  },
};

function describeLocal(local: string, language: 'nl' | 'en'): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number);
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, mo - 1, d)));
  return `${day} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/**
 * Tells everyone who applied how the leergroep was composed: members their group with the
 * session series (.ics), the others that there was no place, the facilitator an overview. One
 * key per person and leergroep, so a retry sends only to whom was not reached yet.
 */
@Injectable()
@JobHandler(sendLearningGroupCompositionJob)
export class SendLearningGroupCompositionJob implements JobProcessor<SendLearningGroupCompositionData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly groups: LearningGroupRepository,
  ) {}

  async handle(data: SendLearningGroupCompositionData): Promise<void> {
    const group = await this.groups.findById(data.learningGroupId);
    if (!group) return;
    const everyone = [
      group.facilitatorId,
      ...data.groups.flatMap((g) => g.memberIds),
      ...data.notPlacedIds,
    ];
    const contacts = await this.groups.contacts(everyone);
    const url = `${this.config.PUBLIC_URL}/leergroepen/${group.id}`;
    for (const circle of data.groups) {
      const ics = this.ics(group, circle.number);
      for (const memberId of circle.memberIds) {
        const member = contacts.get(memberId);
        if (!member) continue;
        const text = TEXT[member.language] ?? TEXT.nl;
        const others = circle.memberIds
          .filter((id) => id !== memberId)
          .map((id) => contacts.get(id)?.name)
          .filter((n): n is string => !!n);
        const { html, text: plain } = renderEmail({
          language: member.language,
          title: text.placedSubject(group.name),
          paragraphs: [
            text.placed(group.name, circle.number),
            others.join(', '),
            text.schedule(describeLocal(ics.firstLocal, member.language), group.cadenceWeeks),
          ],
          action: { label: text.action, url },
          reason: text.reason,
          settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
        });
        await this.mailer.send({
          key: `learning-group-placed:${group.id}:${memberId}`,
          to: member.email,
          subject: text.placedSubject(group.name),
          html,
          text: plain,
          attachments: [ics.attachment],
        });
      }
    }
    for (const memberId of data.notPlacedIds) {
      const member = contacts.get(memberId);
      if (member) await this.sendNotPlaced(group, member, url);
    }
    const facilitator = contacts.get(group.facilitatorId);
    if (facilitator) {
      const text = TEXT[facilitator.language] ?? TEXT.nl;
      const { html, text: plain } = renderEmail({
        language: facilitator.language,
        title: text.facilitatorSubject(group.name),
        paragraphs: [
          text.facilitator(group.name, data.groups.length),
          ...data.groups.map(
            (g) =>
              `${text.group(g.number)}: ${g.memberIds.map((id) => contacts.get(id)?.name ?? '?').join(', ')}`,
          ),
        ],
        action: { label: text.action, url },
        reason: text.facilitatorReason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `learning-group-composed:${group.id}:${facilitator.id}`,
        to: facilitator.email,
        subject: text.facilitatorSubject(group.name),
        html,
        text: plain,
        attachments: data.groups.map((g) => this.ics(group, g.number).attachment),
      });
    }
  }

  private async sendNotPlaced(group: LearningGroupEntity, member: MemberContact, url: string) {
    const text = TEXT[member.language] ?? TEXT.nl;
    const { html, text: plain } = renderEmail({
      language: member.language,
      title: text.notPlacedSubject(group.name),
      paragraphs: [text.notPlaced(group.name)],
      action: { label: text.action, url },
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `learning-group-not-placed:${group.id}:${member.id}`,
      to: member.email,
      subject: text.notPlacedSubject(group.name),
      html,
      text: plain,
    });
  }

  /** The series of group `number`: every cadence weeks from its first session until the cohort ends. */
  private ics(group: LearningGroupEntity, number: number) {
    const firstLocal = firstSessionOfGroup(toAmsterdamLocal(group.firstSessionAt), number);
    const starts = sessionStarts({
      firstSessionLocal: firstLocal,
      cadenceWeeks: group.cadenceWeeks,
      cohortEndsOn: group.cohortEndsOn,
    });
    const content = writeIcsSeries({
      uid: `learning-group-${group.id}-group-${number}@leerhuis`,
      sequence: 0,
      title: TEXT.nl.title(group.name, number),
      description: `${group.goal}\n${this.config.PUBLIC_URL}/leergroepen/${group.id}`.trim(),
      location: group.location,
      firstSessionLocal: firstLocal,
      durationMinutes: group.sessionMinutes,
      cadenceWeeks: group.cadenceWeeks,
      until: starts.at(-1) ?? group.firstSessionAt,
      stamp: group.composedAt ?? new Date(),
    });
    return {
      firstLocal,
      attachment: {
        filename: `leergroep-groep-${number}.ics`,
        content,
        contentType: `text/calendar; charset=utf-8; method=PUBLISH`,
      },
    };
  }
}
