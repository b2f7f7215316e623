/**
 * SQL that the members lib owns, for other libs whose one statement must join a member
 * (rule 3 in tests/architecture/table-owners.ts). Arguments are the caller's column
 * references or bind placeholders, never values.
 */
export const MemberSql = {
  /**
   * For `LEFT JOIN LATERAL … ON true`: the member whose email is `emailColumn`'s,
   * case-insensitively, as columns `id` and `platform_role`.
   */
  byEmail: (emailColumn: string) =>
    `(SELECT m.id, m.platform_role FROM member m WHERE lower(m.email) = lower(${emailColumn}))`,
};
