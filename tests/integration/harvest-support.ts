import type { TestStack } from '../support/stack';

export const HARVEST = `mutation($input: HarvestLessonInput!) {
  harvestLesson(input: $input) {
    id title description type audience occurredOn viewerCanEdit
    author { id name } contributors { id } community { id }
  }
}`;

export const UPDATE = `mutation($input: UpdateLessonInput!) {
  updateLesson(input: $input) { id title type audience occurredOn contributors { id } }
}`;

export const DELETE = `mutation($input: LessonRefInput!) { deleteLesson(input: $input) }`;

export const COMMUNITY_HARVEST = `query($c: ID!, $type: LessonType, $first: Int, $after: String) {
  harvest(communityId: $c, type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title audience type }
  }
}`;

export const SHARED_HARVEST = `query($type: LessonType, $first: Int) {
  harvest(audience: PLATFORM, type: $type, first: $first) {
    totalCount nodes { id title community { id slug name } author { id } }
  }
}`;

/** Inserts a lesson directly (test setup, not behaviour under test). */
export async function insertLesson(
  stack: TestStack,
  values: {
    communityId: string;
    authorId: string;
    title: string;
    audience: 'MEMBERS' | 'PLATFORM';
    type?: string;
    createdAt?: string;
  },
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience, created_at)
     VALUES ($1, $2, $3, 'Wat we leerden', $4, $5, coalesce($6::timestamptz, now())) RETURNING id`,
    [
      values.communityId,
      values.authorId,
      values.title,
      values.type ?? 'NEW_PRACTICE_IMPLEMENTED',
      values.audience,
      values.createdAt ?? null,
    ],
  );
  return rows[0].id;
}
