import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { accountErasureRequested, dataExportRequested } from './data-rights.events';
import { DataRightsRepository } from './data-rights.repository';
import { BuildDataExportJob, buildDataExportJob } from './jobs/build-data-export.job';
import { PurgeDataRightsJob } from './jobs/purge-data-rights.job';
import {
  SendErasureConfirmationJob,
  sendErasureConfirmationJob,
} from './jobs/send-erasure-confirmation.job';
import { personalDataProviders } from './personal-data-sources';

/** Worker side of data rights: building exports, the confirmation email, retention. */
@Module({
  imports: [MailModule],
  providers: [
    ...personalDataProviders,
    DataRightsRepository,
    BuildDataExportJob,
    SendErasureConfirmationJob,
    PurgeDataRightsJob,
  ],
})
export class DataRightsJobsModule {}

export const dataRightsEventSubscriptions = [
  subscribe(dataExportRequested, buildDataExportJob, (payload) => ({ ...payload })),
  subscribe(accountErasureRequested, sendErasureConfirmationJob, (payload) => ({ ...payload })),
];
