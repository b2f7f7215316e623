/**
 * The organisation tree as other libs may read it inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): a derived table with a fixed column list, to use as
 * `JOIN ${OrganisationSql.organisations} o ON …`. Postgres flattens it, so a statement costs
 * what it did with the table.
 */
export const OrganisationSql = {
  organisations: `(SELECT id, name, abbreviation, type, parent_id, created_at, updated_at
     FROM organisation)`,
};
