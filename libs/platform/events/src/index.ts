export { defineEvent, type DomainEvent, type EventSubscription, subscribe } from './domain-event';
export { OutboxEventEntity } from './entities/outbox-event.entity';
export { sweepOutboxSchedule } from './jobs/sweep-outbox.job';
export { forgetEventsMentioning, OUTBOX_CHANNEL, recordEvent } from './outbox';
export { LISTEN_BACKOFF, OutboxListener } from './outbox-listener';
export { type OutboxCheck, OutboxRelay } from './outbox-relay';
export { OutboxRelayModule } from './outbox-relay.module';
