import { EntityManager } from 'typeorm';

import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './entities/outbox-event.entity';

export const OUTBOX_CHANNEL = 'leerhuis_outbox';

/**
 * Records a domain event inside the caller's transaction: it exists exactly when the change
 * that caused it was committed. pg_notify is transactional too, so the worker wakes on commit.
 */
export async function recordEvent<TPayload extends object>(
  manager: EntityManager,
  event: DomainEvent<TPayload>,
  payload: TPayload,
): Promise<void> {
  await manager.insert(OutboxEventEntity, {
    type: event.type,
    payload: payload as never,
    sensitiveKeys: [...event.sensitiveKeys],
  });
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
