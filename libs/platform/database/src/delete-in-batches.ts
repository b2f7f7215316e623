import type { DataSource } from 'typeorm';

/**
 * Deletes the rows of `table` that match `where`, a batch at a time, so a retention purge never
 * holds long locks or one huge transaction. Returns how many rows went. The caller owns the
 * table and writes the condition; `params` are its `$1`, `$2`, ….
 */
export async function deleteInBatches(
  db: DataSource,
  table: string,
  where: string,
  params: unknown[],
  batchSize = 5000,
): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const limit = `$${params.length + 1}`;
  let total = 0;
  for (;;) {
    const rows: { n: number }[] = await db.query(
      `WITH doomed AS (SELECT ctid FROM ${table} WHERE ${where} LIMIT ${limit}),
            gone AS (DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM doomed) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [...params, batchSize],
    );
    total += rows[0].n;
    if (rows[0].n < batchSize) return total;
  }
}
