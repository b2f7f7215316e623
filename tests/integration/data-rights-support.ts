import { randomUUID } from 'node:crypto';

import { insertMember, MINISTRY, sessionTokenFor } from '../support/members';
import type { SeedableStack } from '../support/stack';
import { insertCommunity } from './communities-support';

// Monthly rounds have one period each: every seeded member gets a round of their own.
let rounds = 0;

export interface SeededMember {
  memberId: string;
  email: string;
  communityId: string;
  threadId: string;
  otherThreadId: string;
  lessonId: string;
}

/**
 * One member with every kind of data Leerhuis holds (test setup, straight into the tables the
 * features write), and a colleague who shares a CoP, a koffiedate and an intervisie group.
 * Each text carries a marker (`<tag>-…`) the export test looks for.
 */
export async function seedEveryKindOfData(
  stack: SeedableStack,
  tag: string,
): Promise<SeededMember> {
  const q = (sql: string, params: unknown[] = []) => stack.dataSource.query(sql, params);
  const one = async (sql: string, params: unknown[] = []) =>
    ((await q(sql, params)) as { id: string }[])[0].id;
  const email = `${tag}@minbzk.nl`;
  const memberId = await insertMember(stack, {
    email,
    name: `${tag} Lid`,
    visibility: { bio: 'PRIVATE' },
  });
  const colleague = await insertMember(stack, {
    email: `${tag}-collega@minfin.nl`,
    name: `${tag} Collega`,
    organisationId: MINISTRY.FIN,
  });
  await q(`UPDATE member SET bio = $2 WHERE id = $1`, [memberId, `${tag}-bio`]);
  await sessionTokenFor(stack, email);
  await q(
    `INSERT INTO sign_in_link (email, token_hash, expires_at) VALUES ($1, $2, now() + interval '5 minutes')`,
    [email, `${tag}-link`],
  );

  // CoP: coordinator together with the colleague (so nothing blocks erasure).
  const communityId = await insertCommunity(stack, {
    name: `${tag} CoP`,
    slug: `${tag}-cop`,
    joinPolicy: 'OPEN',
    members: [
      { memberId, role: 'COORDINATOR' },
      { memberId: colleague, role: 'COORDINATOR' },
    ],
  });
  await q(
    `INSERT INTO community_notification_setting (member_id, community_id, mode) VALUES ($1, $2, 'DIGEST')`,
    [memberId, communityId],
  );
  const threadId = await one(
    `INSERT INTO discussion_thread (community_id, author_id, title, body) VALUES ($1, $2, $3, $4) RETURNING id`,
    [communityId, memberId, `${tag}-thread`, `${tag}-thread-body`],
  );
  // The colleague's thread mentions the member and gets a reply and a report from them.
  const otherThreadId = await one(
    `INSERT INTO discussion_thread (community_id, author_id, title, body) VALUES ($1, $2, 'Vraag aan jou', $3) RETURNING id`,
    [communityId, colleague, `Hoi @[${tag} Lid](${memberId}), wat vind jij?`],
  );
  await q(
    `INSERT INTO discussion_mention (community_id, thread_id, member_id, mentioned_by) VALUES ($1, $2, $3, $4)`,
    [communityId, otherThreadId, memberId, colleague],
  );
  await q(
    `INSERT INTO discussion_reply (thread_id, community_id, author_id, body) VALUES ($1, $2, $3, $4)`,
    [otherThreadId, communityId, memberId, `${tag}-reply`],
  );
  await q(
    `INSERT INTO discussion_report (community_id, thread_id, reporter_id, reason) VALUES ($1, $2, $3, $4)`,
    [communityId, otherThreadId, memberId, `${tag}-report`],
  );

  const meetingId = await one(
    `INSERT INTO meeting (community_id, title, address, starts_at, ends_at, scheduled_by)
     VALUES ($1, $2, 'Den Haag', now() + interval '7 days', now() + interval '7 days 2 hours', $3) RETURNING id`,
    [communityId, `${tag}-meeting`, colleague],
  );
  await q(`INSERT INTO meeting_rsvp (meeting_id, member_id, status) VALUES ($1, $2, 'GOING')`, [
    meetingId,
    memberId,
  ]);
  const lessonId = await one(
    `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
     VALUES ($1, $2, $3, 'Wat we leerden', 'NEW_PRACTICE_IMPLEMENTED', 'MEMBERS') RETURNING id`,
    [communityId, memberId, `${tag}-lesson`],
  );
  await q(
    `INSERT INTO harvest_lesson_contributor (lesson_id, member_id, position) VALUES ($1, $2, 0), ($1, $3, 1)`,
    [lessonId, memberId, colleague],
  );

  // Grenswerkersvragen: an attempt with an answer, the profile, the visibility.
  const version = (
    (await q(`SELECT max(version) AS v FROM boundary_spanner_questionnaire`)) as { v: number }[]
  )[0].v;
  const attemptId = await one(
    `INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version, submitted_at)
     VALUES ($1, $2, now()) RETURNING id`,
    [memberId, version],
  );
  await q(`INSERT INTO boundary_spanner_answer (attempt_id, item_key, value) VALUES ($1, $2, 4)`, [
    attemptId,
    `${tag}-item`,
  ]);
  await q(
    `INSERT INTO boundary_spanner_profile (member_id, attempt_id, questionnaire_version, scores, preferred_styles)
     VALUES ($1, $2, $3, $4, ARRAY['VERBINDER'])`,
    [memberId, attemptId, version, JSON.stringify({ VERBINDER: 80, tag: `${tag}-scores` })],
  );
  await q(`INSERT INTO boundary_spanner_setting (member_id, visibility) VALUES ($1, 'EVERYONE')`, [
    memberId,
  ]);

  // Koffiedate: preference, a block, a round with a match with the colleague.
  await q(
    `INSERT INTO coffee_date_preference (member_id, every_month, paused_until) VALUES ($1, true, '2027-03-01')`,
    [memberId],
  );
  const blocked = await insertMember(stack, { email: `${tag}-geblokt@minaz.nl`, name: 'Geblokt' });
  await q(`INSERT INTO coffee_date_block (member_id, blocked_member_id) VALUES ($1, $2)`, [
    memberId,
    blocked,
  ]);
  const roundId = await one(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', $1, 'MATCHED', 'seed', now() - interval '30 days', now() - interval '20 days',
             now() - interval '10 days', now() - interval '1 day') RETURNING id`,
    [`${2000 + ++rounds}-11`],
  );
  for (const m of [memberId, colleague]) {
    await q(
      `INSERT INTO coffee_date_participant (round_id, member_id, via) VALUES ($1, $2, 'EVERY_MONTH')`,
      [roundId, m],
    );
  }
  const matchId = await one(
    `INSERT INTO coffee_date_match (round_id, kind, slot_starts_at, reasons)
     VALUES ($1, 'PAIR', now() - interval '5 days', $2) RETURNING id`,
    [roundId, JSON.stringify([{ members: [memberId, colleague], reason: 'different ministries' }])],
  );
  await q(
    `INSERT INTO coffee_date_match_member (match_id, member_id, round_id, response, met, rating, next_step)
     VALUES ($1, $2, $3, 'ACCEPTED', true, 5, 'START_SOMETHING'), ($1, $4, $3, 'ACCEPTED', true, 4, NULL)`,
    [matchId, memberId, roundId, colleague],
  );

  // Leergroep: a programme, an application, a session with a reflection.
  const programmeId = await one(
    `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
     VALUES ($1, $2, $3, 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', true) RETURNING id`,
    [memberId, `${tag}-programme`, MINISTRY.BZK],
  );
  const groupId = await one(
    `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, status)
     VALUES ('Leergroep Noord', $1, '2026-01-01', '2026-12-31', '2026-01-15 10:00+01', 'RUNNING') RETURNING id`,
    [colleague],
  );
  await q(
    `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish, status)
     VALUES ($1, $2, $3, $4, 'PLACED')`,
    [groupId, memberId, programmeId, `${tag}-wish om te leren`],
  );
  await q(
    `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, 1)`,
    [groupId, memberId],
  );
  const sessionId = await one(
    `INSERT INTO learning_group_session (learning_group_id, group_number, sequence, starts_at)
     VALUES ($1, 1, 1, '2026-02-01 10:00+01') RETURNING id`,
    [groupId],
  );
  await q(
    `INSERT INTO learning_group_reflection (session_id, member_id, happened, yielded, adjust)
     VALUES ($1, $2, $3, 'veel', 'niets')`,
    [sessionId, memberId, `${tag}-reflection`],
  );

  // Intervisie: a standalone group moderated by the colleague; the member brings a case and
  // contributes.
  const intervisionGroup = await one(
    `INSERT INTO intervision_group (name, context, confidentiality_text, created_by)
     VALUES ('Intervisie Oost', 'STANDALONE', 'Wat hier gezegd wordt, blijft hier.', $1) RETURNING id`,
    [colleague],
  );
  for (const [m, role] of [
    [colleague, 'MODERATOR'],
    [memberId, 'PARTICIPANT'],
  ]) {
    await q(
      `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version, agreement_accepted_at)
       VALUES ($1, $2, $3, 'ACTIVE', 1, now())`,
      [intervisionGroup, m, role],
    );
  }
  const caseId = await one(
    `INSERT INTO intervision_case (group_id, owner_id, title, situation_what, question)
     VALUES ($1, $2, $3, 'Wat speelt er', 'Wat doe ik?') RETURNING id`,
    [intervisionGroup, memberId, `${tag}-case`],
  );
  await q(
    `INSERT INTO intervision_contribution (case_id, phase_index, author_id, author_role, kind, body)
     VALUES ($1, 0, $2, 'PARTICIPANTS', 'CLARIFYING_QUESTION', $3)`,
    [caseId, memberId, `${tag}-contribution`],
  );

  // Notifications: settings, one in-app notification, and an email in the send log.
  await q(
    `INSERT INTO notification_settings (member_id, digest_frequency) VALUES ($1, 'MONTHLY')
     ON CONFLICT (member_id) DO UPDATE SET digest_frequency = 'MONTHLY'`,
    [memberId],
  );
  await q(
    `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel, actor_id, data)
     VALUES ($1, 'MENTION', $2, 'discussion-thread', $3, 'IN_APP', $4, $5)`,
    [memberId, randomUUID(), otherThreadId, colleague, JSON.stringify({ threadId: otherThreadId })],
  );
  await q(`INSERT INTO sent_email (key, recipient, subject) VALUES ($1, $2, $3)`, [
    `test:${tag}`,
    `${tag} Lid <${email}>`,
    `${tag}-mail-subject`,
  ]);
  return { memberId, email, communityId, threadId, otherThreadId, lessonId };
}

/** Every text-like column of every table that contains one of `needles`. */
export async function findEverywhere(
  stack: SeedableStack,
  needles: string[],
): Promise<{ table: string; column: string; value: string }[]> {
  const columns: { table_name: string; column_name: string }[] = await stack.dataSource.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'uuid', 'character varying', 'jsonb', 'json', 'ARRAY', 'tsvector')`,
  );
  const hits: { table: string; column: string; value: string }[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows: { value: string }[] = await stack.dataSource.query(
      `SELECT "${column}"::text AS value FROM "${table}"
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) n
                       WHERE strpos(lower("${column}"::text), lower(n)) > 0)`,
      [needles],
    );
    for (const row of rows) hits.push({ table, column, value: row.value });
  }
  return hits;
}
