/**
 * The communities lib's tables as other libs may read them inside their own statements
 * (rule 3 in tests/architecture/table-owners.ts): derived tables with a fixed column list,
 * to use as `JOIN ${CommunitySql.memberships} cm ON …`. Postgres flattens them, so a
 * statement costs what it did with the table; a column change here stays here.
 */
export const CommunitySql = {
  /** CoPs. */
  communities: `(SELECT id, slug, name, goal, domain, central_questions, themes, welcome_message,
       join_policy, phase, status, starts_on, planned_end_on, proposed_by, approved_by,
       approved_at, last_activity_at, created_at, updated_at, member_count
     FROM community)`,
  /** Memberships of every status (filter on `status = 'ACTIVE'` for current members). */
  memberships: `(SELECT id, community_id, member_id, role, status, requested_at, joined_at
     FROM community_membership)`,
};
