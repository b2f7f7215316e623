import { AppConfig } from '@leerhuis/platform-config';
import { deleteInBatches } from '@leerhuis/platform-database';
import {
  defineMaintenanceJob,
  JobHandler,
  JobProcessor,
  NoJobData,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

const purgeDataRights = defineMaintenanceJob('purge-data-rights', 'retention-data-rights');
export const purgeDataRightsJob = purgeDataRights.job;

export function dataRightsRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return purgeDataRights.schedule({ pattern: config.RETENTION_CRON });
}

/**
 * Retention: an export nobody opened is deleted once its link expired; the requests
 * themselves (used or expired) after RETENTION_DATA_RIGHTS_DAYS. The audit stays: it names
 * nobody.
 */
@Injectable()
@JobHandler(purgeDataRightsJob)
export class PurgeDataRightsJob implements JobProcessor<NoJobData> {
  private readonly logger = new Logger(PurgeDataRightsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const exports = await deleteInBatches(
      this.dataSource,
      'data_export',
      `request_id IN (SELECT id FROM data_rights_request WHERE expires_at < now())`,
      [],
    );
    const requests = await deleteInBatches(
      this.dataSource,
      'data_rights_request',
      `created_at < now() - make_interval(days => $1) AND (used_at IS NOT NULL OR expires_at < now())`,
      [this.config.RETENTION_DATA_RIGHTS_DAYS],
    );
    this.logger.log(
      `retention: ${exports} expired exports and ${requests} data-rights requests deleted`,
    );
  }
}
