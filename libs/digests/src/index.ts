export { digestSchedules, DigestsJobsModule } from './digests-jobs.module';
export { DigestsModule } from './digests.module';
export { DigestFrequency, nextDigestAt } from './digest-schedule';
export { planDigestsJob } from './jobs/plan-digests.job';
export { digestKey, sendDigestsJob } from './jobs/send-digests.job';
