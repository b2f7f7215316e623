/**
 * What of intervisie other libs may read (never a case's content), as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const IntervisionSql = {
  /** Groups: name and context only. */
  groups: `(SELECT id, name, community_id, learning_group_id
     FROM intervision_group)`,
  /** Group memberships. */
  groupMembers: `(SELECT id, group_id, member_id, role, status, invited_at, left_at
     FROM intervision_group_member)`,
  /** Cases as far as a phase notification needs them: group and method. */
  casePhases: `(SELECT id, group_id, method_snapshot
     FROM intervision_case)`,
};
