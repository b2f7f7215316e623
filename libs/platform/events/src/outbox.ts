import { EntityManager } from 'typeorm';

import type { DomainEvent } from './domain-event';

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
  // Plain SQL, so any module can record events without registering the outbox entity.
  await manager.query(
    `INSERT INTO outbox_event (type, payload, sensitive_keys) VALUES ($1, $2, $3)`,
    [event.type, JSON.stringify(payload), [...event.sensitiveKeys]],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

/**
 * Erasure: deletes the events whose payload names any of `needles` (a member's id, their
 * address). An unfinished one would otherwise mail about, or to, someone who is gone.
 */
export async function forgetEventsMentioning(
  manager: EntityManager,
  needles: string[],
): Promise<number> {
  const rows: unknown[] = await manager.query(
    `DELETE FROM outbox_event
      WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS n WHERE strpos(lower(payload::text), lower(n)) > 0)
      RETURNING id`,
    [needles],
  );
  return rows.length;
}
