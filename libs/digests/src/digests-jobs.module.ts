import type { AppConfig } from '@leerhuis/platform-config';
import type { Schedule } from '@leerhuis/platform-queue';

import { Module } from '@nestjs/common';

/** Worker side of digests: the planner schedule and the digest sends. */
@Module({})
export class DigestsJobsModule {}

export function digestSchedules(_config: AppConfig): Schedule<unknown>[] {
  return [];
}
