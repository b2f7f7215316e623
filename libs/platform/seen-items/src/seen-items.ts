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
