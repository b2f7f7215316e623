/**
 * What members have seen, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const SeenItemSql = {
  /** Seen items. */
  seenItems: `(SELECT member_id, item_type, item_id, seen_at
     FROM seen_item)`,
};
