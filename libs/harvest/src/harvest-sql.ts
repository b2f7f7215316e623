/**
 * The harvest lib's lessons, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const HarvestSql = {
  /** Harvest lessons of every audience. */
  lessons: `(SELECT id, community_id, author_id, title, description, type, audience, occurred_on, source, source_id, created_at, updated_at
     FROM harvest_lesson)`,
};
