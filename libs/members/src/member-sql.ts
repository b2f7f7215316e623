/**
 * The members lib's table as other libs may read it inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts). Arguments are the caller's column references or bind
 * placeholders, never values.
 */
export const MemberSql = {
  /**
   * Members, as a derived table with a fixed column list, to use as
   * `JOIN ${MemberSql.members} m ON …`. Postgres flattens it, so a statement costs what it did
   * with the table.
   */
  members: `(SELECT id, email, name, organisation_id, job_role, themes, bio, offer, seeking,
       language, platform_role, visibility, created_at, updated_at
     FROM member)`,
  /**
   * For `LEFT JOIN LATERAL … ON true`: the member whose email is `emailColumn`'s,
   * case-insensitively, as columns `id` and `platform_role`.
   */
  byEmail: (emailColumn: string) =>
    `(SELECT m.id, m.platform_role FROM member m WHERE lower(m.email) = lower(${emailColumn}))`,
};
