import type { DataSource, EntityManager } from 'typeorm';

/** An intervisie lesson its case owner consented to share, without anything that identifies. */
export interface SharedIntervisionLesson {
  /** Stable but not the case id: the case stays unknowable outside its group. */
  key: string;
  lessons: string;
  methodNameNl: string;
  methodNameEn: string;
  scope: 'COMMUNITY' | 'PLATFORM';
  /** The CoP of the group (null for standalone groups). */
  communityId: string | null;
  /** The month the case closed, never the exact moment. */
  closedMonth: string;
  sharedAt: Date;
}

/**
 * The anonymised intervisie lessons the harvest and digests may show: only lessons a moderator
 * shared within the case owner's consent (withdrawn consent removes them at once). `communityId`
 * gives that CoP's lessons plus platform-wide ones; null gives only platform-wide lessons;
 * `communityIds` gives several CoPs' lessons at once. `key` picks one lesson.
 */
export async function readSharedIntervisionLessons(
  db: DataSource | EntityManager,
  filter: {
    communityId: string | null;
    communityIds?: string[];
    key?: string;
    since?: Date;
    limit?: number;
  },
): Promise<SharedIntervisionLesson[]> {
  const rows: {
    key: string;
    lessons: string;
    name_nl: string;
    name_en: string;
    scope: 'COMMUNITY' | 'PLATFORM';
    community_id: string | null;
    closed_month: string;
    shared_at: Date;
  }[] = await db.query(
    `SELECT md5('intervision-lesson:' || c.id::text) AS key, c.lessons,
            c.method_snapshot->>'nameNl' AS name_nl, c.method_snapshot->>'nameEn' AS name_en,
            c.shared_scope AS scope, g.community_id,
            to_char(c.closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS closed_month,
            c.shared_at
       FROM intervision_case c JOIN intervision_group g ON g.id = c.group_id
      WHERE c.state = 'CLOSED' AND c.shared_scope IS NOT NULL AND btrim(c.lessons) <> ''
        AND (c.shared_scope = 'PLATFORM' AND c.share_consent = 'PLATFORM'
             OR c.shared_scope = 'COMMUNITY' AND c.share_consent IN ('COMMUNITY', 'PLATFORM')
                AND g.community_id = ANY($1::uuid[]))
        AND ($2::timestamptz IS NULL OR c.shared_at >= $2)
        AND ($4::text IS NULL OR md5('intervision-lesson:' || c.id::text) = $4)
      ORDER BY c.shared_at DESC
      LIMIT $3`,
    [
      filter.communityIds ?? (filter.communityId ? [filter.communityId] : []),
      filter.since ?? null,
      filter.limit ?? 50,
      filter.key ?? null,
    ],
  );
  return rows.map((r) => ({
    key: r.key,
    lessons: r.lessons,
    methodNameNl: r.name_nl,
    methodNameEn: r.name_en,
    scope: r.scope,
    communityId: r.community_id,
    closedMonth: r.closed_month,
    sharedAt: r.shared_at,
  }));
}
