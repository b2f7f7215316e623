import type { DataSource, EntityManager } from 'typeorm';

/** A leergroep session in a member's personal calendar feed. */
export interface MemberLearningGroupSession {
  id: string;
  learningGroupId: string;
  learningGroupName: string;
  /** 1 for the group's first session. */
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  updatedAt: Date;
}

/**
 * For the personal calendar feed (libs/agenda): sessions from `since` on of the groups the
 * member is in, and of every group of a leergroep they facilitate.
 */
export async function readMemberLearningGroupSessions(
  db: DataSource | EntityManager,
  memberId: string,
  since: Date,
): Promise<MemberLearningGroupSession[]> {
  const rows: {
    id: string;
    learning_group_id: string;
    name: string;
    sequence: number;
    starts_at: Date;
    session_minutes: number;
    updated_at: Date;
  }[] = await db.query(
    `SELECT s.id, s.learning_group_id, g.name, s.sequence, s.starts_at, g.session_minutes, s.updated_at
       FROM learning_group_session s
       JOIN learning_group g ON g.id = s.learning_group_id
      WHERE s.starts_at >= $2
        AND (g.facilitator_id = $1 OR EXISTS (
              SELECT 1 FROM learning_group_member lm
               WHERE lm.learning_group_id = s.learning_group_id AND lm.member_id = $1
                 AND lm.group_number = s.group_number))
      ORDER BY s.starts_at, s.id
      LIMIT 200`,
    [memberId, since],
  );
  return rows.map((r) => ({
    id: r.id,
    learningGroupId: r.learning_group_id,
    learningGroupName: r.name,
    sequence: r.sequence,
    startsAt: r.starts_at,
    durationMinutes: r.session_minutes,
    updatedAt: r.updated_at,
  }));
}
