import {
  BOUNDARY_SPANNER_STYLES,
  type BoundarySpannerStyle,
  type QuestionnaireItem,
  scoreAnswers,
} from '@leerhuis/boundary-spanner';

import type { EntityManager } from 'typeorm';

/**
 * How strongly each demo member leans to each style (1–5, in style order: verbinder, motivator,
 * cartograaf, held, vinder, onderhandelaar), and whom they share their profile with. Varied on
 * purpose, so CoP team profiles and koffiedate matching have something to show.
 */
const DEMO_PROFILES: Record<
  string,
  { leanings: [number, number, number, number, number, number]; visibility: string }
> = {
  'anouk.devries@minbzk.nl': { leanings: [5, 4, 3, 2, 3, 4], visibility: 'EVERYONE' },
  'bram.jansen@rws.nl': { leanings: [2, 3, 5, 2, 3, 4], visibility: 'MY_COMMUNITIES' },
  'fatima.elamrani@minszw.nl': { leanings: [4, 5, 2, 3, 4, 2], visibility: 'MY_COMMUNITIES' },
  'joost.bakker@utrecht.nl': { leanings: [3, 2, 3, 5, 4, 3], visibility: 'PRIVATE' },
  'lotte.visser@nvwa.nl': { leanings: [3, 3, 4, 2, 5, 2], visibility: 'EVERYONE' },
  'sanne.mulder@minezk.nl': { leanings: [3, 2, 4, 3, 2, 5], visibility: 'MY_COMMUNITIES' },
};

/** An answer near the member's leaning, varied per statement so scores are not all round. */
function answer(leaning: number, item: QuestionnaireItem, index: number): number {
  const wobble = [0, 1, 0, -1][index % 4];
  const agreement = Math.min(5, Math.max(1, leaning + wobble));
  return item.reverse ? 6 - agreement : agreement;
}

/**
 * Gives every demo member who has no profile yet one taken on the first questionnaire version,
 * and a visibility choice unless they made one. Idempotent; plain rows, no outbox events.
 */
export async function seedBoundarySpannerProfiles(
  manager: EntityManager,
  members: Map<string, { id: string }>,
): Promise<number> {
  const [questionnaire]: { version: number; items: QuestionnaireItem[] }[] = await manager.query(
    `SELECT version, items FROM boundary_spanner_questionnaire ORDER BY version LIMIT 1`,
  );
  if (!questionnaire) return 0;
  let seeded = 0;
  for (const [email, demo] of Object.entries(DEMO_PROFILES)) {
    const member = members.get(email);
    if (!member) continue;
    await manager.query(
      `INSERT INTO boundary_spanner_setting (member_id, visibility) VALUES ($1, $2)
       ON CONFLICT (member_id) DO NOTHING`,
      [member.id, demo.visibility],
    );
    const existing: unknown[] = await manager.query(
      `SELECT 1 FROM boundary_spanner_profile WHERE member_id = $1 LIMIT 1`,
      [member.id],
    );
    if (existing.length > 0) continue;
    const leaning = (style: BoundarySpannerStyle) =>
      demo.leanings[BOUNDARY_SPANNER_STYLES.indexOf(style)];
    const answers = new Map(
      questionnaire.items.map((item, index) => [
        item.key,
        answer(leaning(item.style), item, index),
      ]),
    );
    const { scores, preferredStyles } = scoreAnswers(questionnaire.items, answers);
    const [attempt]: { id: string }[] = await manager.query(
      `INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version, started_at, submitted_at)
       VALUES ($1, $2, now() - interval '14 days', now() - interval '14 days') RETURNING id`,
      [member.id, questionnaire.version],
    );
    await manager.query(
      `INSERT INTO boundary_spanner_answer (attempt_id, item_key, value)
       SELECT $1, a.key, a.value FROM unnest($2::text[], $3::smallint[]) AS a(key, value)`,
      [attempt.id, [...answers.keys()], [...answers.values()]],
    );
    await manager.query(
      `INSERT INTO boundary_spanner_profile
         (member_id, attempt_id, questionnaire_version, scores, preferred_styles, taken_at)
       VALUES ($1, $2, $3, $4, $5, now() - interval '14 days')`,
      [member.id, attempt.id, questionnaire.version, JSON.stringify(scores), preferredStyles],
    );
    seeded += 1;
  }
  return seeded;
}
