export {
  emailDeliveryEventSubscriptions,
  EmailDeliveryJobsModule,
} from './email-delivery-jobs.module';
export { EmailDeliveryErrorCode, EmailDeliveryException } from './email-delivery.exception';
export { EmailDeliveryModule } from './email-delivery.module';
export { emailLogRetentionSchedule, PurgeEmailLogJob } from './jobs/purge-email-log.job';
export { EmailLogPersonalData } from './email-log-personal-data';
