import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import type { PersonalDataSource } from '@leerhuis/platform-personal-data';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Inject, Injectable } from '@nestjs/common';

import type { DataRightsLinkPayload } from '../data-rights.events';
import { DataRightsRepository } from '../data-rights.repository';
import { exportReadyEmail } from '../emails/export-ready.email';
import { renderExportHtml } from '../export-html';
import { PERSONAL_DATA_SOURCES } from '../personal-data-sources';

export type BuildDataExportData = DataRightsLinkPayload;

// On the maintenance queue: building an export must not hold up sign-in links on the mail queue.
export const buildDataExportJob = defineJob<BuildDataExportData>(
  QueueName.Maintenance,
  'build-data-export',
  { removeOnComplete: true, removeOnFail: { age: 3600 }, attempts: 4 },
);

/** Asks every lib for its part, stores JSON and the readable page, mails the single-use link. */
@Injectable()
@JobHandler(buildDataExportJob)
export class BuildDataExportJob implements JobProcessor<BuildDataExportData> {
  constructor(
    private readonly repository: DataRightsRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    @Inject(PERSONAL_DATA_SOURCES) private readonly sources: PersonalDataSource[],
  ) {}

  async handle(data: BuildDataExportData): Promise<void> {
    const request = await this.repository.findById(data.requestId);
    // Erased, used or expired meanwhile: nothing to build or send.
    if (!request?.memberId || !request.email || request.usedAt) return;
    const expiresAt = new Date(request.expiresAt);
    if (expiresAt.getTime() < Date.now()) return;
    const subject = { memberId: request.memberId, email: request.email };
    const content: Record<string, Record<string, unknown>> = {
      leerhuis: { exportedAt: new Date().toISOString(), format: 'leerhuis-personal-data/1' },
    };
    for (const source of this.sources) content[source.section] = await source.export(subject);
    await this.repository.saveExport(
      request.id,
      content,
      renderExportHtml(content, request.language),
    );
    await this.repository.audit(null, 'EXPORT_BUILT', 'SYSTEM', request.id, {
      sections: this.sources.map((s) => s.section),
    });
    const url = `${this.config.PUBLIC_URL}/data-rights/export?token=${encodeURIComponent(data.token)}`;
    const { subject: mailSubject, content: mail } = exportReadyEmail(
      { url, expiresAt },
      request.language,
    );
    await this.mailer.send({
      key: `data-export:${request.id}`,
      to: request.email,
      subject: mailSubject,
      content: mail,
      transactional: 'always',
    });
  }
}
