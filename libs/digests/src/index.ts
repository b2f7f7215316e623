export { digestSchedules, DigestsJobsModule } from './digests-jobs.module';
export { DigestsModule } from './digests.module';
