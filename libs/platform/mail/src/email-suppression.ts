import type { EntityManager } from 'typeorm';

import type { SuppressionLiftedBy } from './entities/email-suppression.entity';

/**
 * Lifts an active suppression of `address` (lower-case): the address was shown to work,
 * e.g. a sign-in link sent to it was used. In the caller's transaction.
 */
export async function liftEmailSuppression(
  manager: EntityManager,
  address: string,
  by: SuppressionLiftedBy,
): Promise<void> {
  await manager.query(
    `UPDATE email_suppression SET lifted_at = now(), lifted_by = $2
      WHERE address = $1 AND lifted_at IS NULL`,
    [address, by],
  );
}
