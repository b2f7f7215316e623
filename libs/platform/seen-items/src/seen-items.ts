import type { DataSource, EntityManager } from 'typeorm';

/** What a member can open on the web that a digest would otherwise tell them about. */
export enum SeenItemType {
  THREAD = 'THREAD',
  MEETING = 'MEETING',
  LESSON = 'LESSON',
}

/**
 * Records that a member opened an item on the web (the latest time wins). Digests leave out
 * items whose last activity is older than this moment: the member has seen them already.
 */
export async function recordSeenItem(
  db: DataSource | EntityManager,
  memberId: string,
  itemType: SeenItemType,
  itemId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO seen_item (member_id, item_type, item_id, seen_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (member_id, item_type, item_id) DO UPDATE SET seen_at = EXCLUDED.seen_at`,
    [memberId, itemType, itemId],
  );
}

/**
 * Which of these items these members have opened: a set of `memberId|itemId`, with item ids
 * as given (a uuid or 32 hex digits; Postgres answers dashed, so dashes are dropped to compare).
 */
export async function seenItemsOf(
  db: DataSource | EntityManager,
  memberIds: string[],
  itemType: SeenItemType,
  itemIds: string[],
): Promise<Set<string>> {
  if (memberIds.length === 0 || itemIds.length === 0) return new Set();
  const rows: { member_id: string; item_id: string }[] = await db.query(
    `SELECT member_id, replace(item_id::text, '-', '') AS item_id FROM seen_item
      WHERE item_type = $1 AND member_id = ANY($2::uuid[]) AND item_id = ANY($3::uuid[])`,
    [itemType, memberIds, itemIds],
  );
  const wanted = new Map(itemIds.map((id) => [id.replace(/-/g, '').toLowerCase(), id]));
  return new Set(rows.map((r) => `${r.member_id}|${wanted.get(r.item_id) ?? r.item_id}`));
}
