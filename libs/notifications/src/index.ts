export { NotificationsModule } from './notifications.module';
export {
  notificationsEventSubscriptions,
  NotificationsJobsModule,
} from './notifications-jobs.module';
