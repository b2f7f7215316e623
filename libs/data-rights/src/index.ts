export { dataRightsEventSubscriptions, DataRightsJobsModule } from './data-rights-jobs.module';
export { DataRightsErrorCode, DataRightsException } from './data-rights.exception';
export { DataRightsModule } from './data-rights.module';
export { DataRightsService } from './data-rights.service';
export { renderExportHtml } from './export-html';
export { BuildDataExportJob } from './jobs/build-data-export.job';
export { dataRightsRetentionSchedule, PurgeDataRightsJob } from './jobs/purge-data-rights.job';
export { PERSONAL_DATA_SOURCE_TYPES } from './personal-data-sources';
