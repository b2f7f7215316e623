import { Injectable, Module } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What other domains need to know about a leergroep: that it exists, its name. */
export interface LearningGroupSummary {
  id: string;
  name: string;
  facilitatorId: string;
}

/**
 * SQL condition: `memberColumn` is a participant of the leergroep in `learningGroupColumn`
 * (a confirmed member of one of its groups, or its facilitator). For list queries in other
 * domains that must drop people who are no longer participants. With `sinceColumn`, a member
 * must have had their place since that time (a place ended and taken again later does not
 * count: what was granted during the old one ended with it).
 */
const learningGroupParticipantSql = (
  learningGroupColumn: string,
  memberColumn: string,
  sinceColumn?: string,
) =>
  `(EXISTS (SELECT 1 FROM learning_group_member lgm
             WHERE lgm.learning_group_id = ${learningGroupColumn} AND lgm.member_id = ${memberColumn}${
               sinceColumn ? ` AND lgm.joined_at <= ${sinceColumn}` : ''
             })
    OR EXISTS (SELECT 1 FROM learning_group lgf
                WHERE lgf.id = ${learningGroupColumn} AND lgf.facilitator_id = ${memberColumn}))`;

/**
 * Read facade for other domains (no GraphQL): who takes part in a leergroep. A participant is a
 * confirmed member of one of its groups, or its facilitator.
 */
@Injectable()
export class LearningGroupAccess {
  /** For other libs' list queries (rule 3 in tests/architecture/table-owners.ts). */
  static readonly participantSql = learningGroupParticipantSql;

  constructor(private readonly dataSource: DataSource) {}

  async find(
    learningGroupId: string,
    manager?: EntityManager,
  ): Promise<LearningGroupSummary | null> {
    const rows: { id: string; name: string; facilitator_id: string }[] = await (
      manager ?? this.dataSource.manager
    ).query(`SELECT id, name, facilitator_id FROM learning_group WHERE id = $1`, [learningGroupId]);
    const row = rows[0];
    return row ? { id: row.id, name: row.name, facilitatorId: row.facilitator_id } : null;
  }

  async isParticipant(
    learningGroupId: string,
    memberId: string | null | undefined,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (!memberId) return false;
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      `SELECT 1 WHERE ${learningGroupParticipantSql('$1::uuid', '$2::uuid')}`,
      [learningGroupId, memberId],
    );
    return rows.length > 0;
  }

  /** Names for display, by id (unknown ids are left out). */
  async names(learningGroupIds: readonly string[]): Promise<Map<string, string>> {
    if (!learningGroupIds.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM learning_group WHERE id = ANY($1::uuid[])`,
      [learningGroupIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** Import this (not LearningGroupsModule) to read leergroep participation without GraphQL. */
@Module({
  providers: [LearningGroupAccess],
  exports: [LearningGroupAccess],
})
export class LearningGroupAccessModule {}
