export {
  buildHandlerRegistry,
  HandlerRegistryError,
  type RegisteredHandler,
} from './handler-registry';
export { declaredJobs, defineJob, type JobDefinition } from './job-definition';
export {
  JOB_COMPLETION_LISTENER,
  type JobCompletionListener,
  JobHandler,
  type JobProcessor,
} from './job-handler.decorator';
export { QueueModule } from './queue.module';
export { QueueName } from './queue-name';
export { QueueProducer } from './queue-producer';
export { bullConnection, bullPrefix, closeRedisClient, createRedisClient } from './redis';
export {
  defineMaintenanceJob,
  defineSchedule,
  missingSchedules,
  type NoJobData,
  type Schedule,
  SCHEDULE_TIMEZONE,
} from './schedule';
export { WorkerHost } from './worker-host';
