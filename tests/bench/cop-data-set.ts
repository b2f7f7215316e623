// The CoP data set of the benchmarks (cop-home-and-discover, page-loads): 500 CoPs, 20,000
// members, their memberships and (when the tables exist) 200,000 posts and 5,000 lessons,
// bulk-loaded with server-side generate_series, and a session for the measured member.
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const COMMUNITIES = 500;
export const MEMBERS = 20_000;
export const MEMBERSHIPS_PER_MEMBER = 5;
export const MEASURED_MEMBER_COMMUNITIES = 20;
export const THREADS = 40_000;
export const REPLIES = 160_000;
export const LESSONS = 5_000;
export const MEASURED_EMAIL = 'meetlid@minbzk.nl';

/** Bulk load with server-side generate_series: a few seconds for the whole data set. */
export async function seedCopDataSet(url: string): Promise<{ posts: string; token: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const started = Date.now();
  try {
    await db.query(`
      INSERT INTO member (email, name, organisation_id, job_role)
      SELECT 'lid' || n || '@minbzk.nl', 'Lid ' || n,
             (SELECT array_agg(id ORDER BY id) FROM organisation)[1 + n % 12], 'ADVISER'
        FROM generate_series(1, ${MEMBERS}) n`);
    // One CoP in five is about samenwerking/samenwerken (Dutch stemming finds both); one in ten
    // is hidden, one in four joins on request.
    await db.query(`
      INSERT INTO community (slug, name, goal, domain, themes, join_policy, phase, status,
                             starts_on, last_activity_at)
      SELECT 'cop-' || n,
             (ARRAY['Ketenpartners', 'Wonen en zorg', 'Data en AI', 'Energietransitie',
                    'Regeldruk'])[1 + n % 5] || ' ' || n,
             CASE WHEN n % 5 = 0 THEN 'Beter samenwerken tussen uitvoering en beleid'
                  ELSE 'Leren van elkaars praktijk in programma ' || n END,
             CASE WHEN n % 7 = 0 THEN 'Samenwerking in de keten' ELSE 'Rijksbreed' END,
             ARRAY[(ARRAY['uitvoering', 'wonen', 'digitalisering', 'klimaat', 'zorg'])[1 + n % 5]],
             CASE WHEN n % 10 = 0 THEN 'HIDDEN' WHEN n % 4 = 0 THEN 'ON_REQUEST' ELSE 'OPEN' END,
             (ARRAY['PREPARATION', 'CONNECTION_AND_TRUST', 'DEEPENING', 'OWNERSHIP', 'HARVEST'])[1 + n % 5],
             'ACTIVE', DATE '2026-01-01', now() - (n || ' minutes')::interval
        FROM generate_series(1, ${COMMUNITIES}) n`);
    await db.query(`
      CREATE TEMP TABLE cop AS
        SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM community`);
    await db.query(`
      CREATE TEMP TABLE lid AS
        SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM member`);
    // Distinct CoPs per member: 97·k mod 500 differs for k = 1..5.
    await db.query(`
      INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
      SELECT cop.id, lid.id, 'MEMBER', 'ACTIVE', now()
        FROM lid CROSS JOIN generate_series(1, ${MEMBERSHIPS_PER_MEMBER}) k
        JOIN cop ON cop.idx = (lid.idx * 7 + k * 97) % ${COMMUNITIES}`);
    await db.query(`
      UPDATE community_membership SET role = 'COORDINATOR'
       WHERE id IN (SELECT DISTINCT ON (community_id) id FROM community_membership
                     ORDER BY community_id, id)`);
    // The measured member: in 20 CoPs spread over the list (hidden ones among them).
    await db.query(
      `INSERT INTO member (email, name, organisation_id, job_role)
       VALUES ($1, 'Meet Lid', (SELECT min(id::text)::uuid FROM organisation), 'ADVISER')`,
      [MEASURED_EMAIL],
    );
    await db.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       SELECT cop.id, (SELECT id FROM member WHERE email = $1), 'MEMBER', 'ACTIVE', now()
         FROM cop WHERE cop.idx % ${COMMUNITIES / MEASURED_MEMBER_COMMUNITIES} = 0`,
      [MEASURED_EMAIL],
    );
    let posts = 'not loaded: the discussions tables (migration 1763800000005) do not exist';
    const [{ present }] = (
      await db.query(`SELECT to_regclass('discussion_reply') IS NOT NULL AS present`)
    ).rows;
    if (present) {
      await db.query(`
        INSERT INTO discussion_thread (community_id, author_id, title, body, created_at,
                                       last_activity_at)
        SELECT cop.id, lid.id, 'Draad ' || n, 'Wat vinden jullie van samenwerking ' || n || '?',
               now() - (n || ' seconds')::interval, now() - (n || ' seconds')::interval
          FROM generate_series(1, ${THREADS}) n
          JOIN cop ON cop.idx = n % ${COMMUNITIES}
          JOIN lid ON lid.idx = (n * 13) % ${MEMBERS}`);
      await db.query(`
        CREATE TEMP TABLE draad AS
          SELECT id, community_id, (row_number() OVER (ORDER BY id) - 1)::int AS idx
            FROM discussion_thread`);
      await db.query(`
        INSERT INTO discussion_reply (thread_id, community_id, author_id, body, created_at)
        SELECT draad.id, draad.community_id, lid.id, 'Antwoord ' || n,
               now() - (n || ' seconds')::interval
          FROM generate_series(1, ${REPLIES}) n
          JOIN draad ON draad.idx = n % ${THREADS}
          JOIN lid ON lid.idx = (n * 31) % ${MEMBERS}`);
      posts = `${(THREADS + REPLIES).toLocaleString('en')} (${THREADS.toLocaleString('en')} threads, ${REPLIES.toLocaleString('en')} replies)`;
    }
    const [{ lessons }] = (
      await db.query(`SELECT to_regclass('harvest_lesson') IS NOT NULL AS lessons`)
    ).rows;
    if (lessons) {
      // Lessons for search: one in two shared with the platform, some about the keten.
      await db.query(`
        INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
        SELECT cop.id, lid.id,
               (ARRAY['Samenwerking vraagt tijd', 'Ketens verbinden', 'Energietransitie lokaal',
                      'Regels die knellen', 'Leren van elkaar'])[1 + n % 5] || ' ' || n,
               'Wat we leerden over de keten en samenwerking in programma ' || n,
               'PROFESSIONAL_DEVELOPMENT', CASE WHEN n % 2 = 0 THEN 'PLATFORM' ELSE 'MEMBERS' END
          FROM generate_series(1, ${LESSONS}) n
          JOIN cop ON cop.idx = n % ${COMMUNITIES}
          JOIN lid ON lid.idx = (n * 17) % ${MEMBERS}`);
      posts += `; ${LESSONS.toLocaleString('en')} lessons`;
    }
    // As autovacuum would have left it: the member-count trigger rewrote each CoP row per
    // membership loaded above.
    await db.query(`VACUUM ANALYZE`);
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO session (token_hash, email, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [createHash('sha256').update(token).digest('hex'), MEASURED_EMAIL],
    );
    console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { posts, token };
  } finally {
    await db.end();
  }
}
