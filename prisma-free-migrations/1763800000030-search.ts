import { MigrationInterface, QueryRunner } from 'typeorm';

// Where a member's field is visible to other members (DEFAULT_VISIBILITY in libs/members:
// every field but email defaults to MEMBERS). Private parts never enter the search vector.
const visible = (field: string, column: string) =>
  `CASE WHEN coalesce(visibility->>'${field}', 'MEMBERS') = 'MEMBERS' THEN ${column} ELSE '' END`;

/**
 * One search for everything (issue 15): a Dutch full-text vector on threads, replies, lessons
 * and members (CoPs have one since 1763800000004), and a lexicon of every word written, with a
 * trigram index, so a misspelt or inflected query word ("samenwerkng", "ketens") is widened to
 * the words that do occur ("samenwerking", "keten") before the full-text match.
 */
export class Search1763800000030 implements MigrationInterface {
  name = 'Search1763800000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      ALTER TABLE discussion_thread ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
      ) STORED`);
    await db.query(`CREATE INDEX discussion_thread_search ON discussion_thread USING gin (search)`);
    await db.query(`
      ALTER TABLE discussion_reply ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', body), 'B')
      ) STORED`);
    await db.query(`CREATE INDEX discussion_reply_search ON discussion_reply USING gin (search)`);
    await db.query(`
      ALTER TABLE harvest_lesson ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', description), 'B')
      ) STORED`);
    await db.query(`CREATE INDEX harvest_lesson_search ON harvest_lesson USING gin (search)`);
    await db.query(`
      ALTER TABLE member ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', name), 'A') ||
        setweight(to_tsvector('dutch', ${visible('themes', 'community_text_of(themes)')}), 'B') ||
        setweight(to_tsvector('dutch',
          ${visible('bio', 'bio')} || ' ' || ${visible('offer', 'offer')} || ' ' ||
          ${visible('seeking', 'seeking')}), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX member_search ON member USING gin (search)`);
    // The CoPs search must leave out for non-members (CommunityAccess.searchScope): few rows.
    await db.query(`
      CREATE INDEX community_unlisted ON community (id)
       WHERE status <> 'ACTIVE' OR join_policy = 'HIDDEN'`);

    // The lexicon: lower-case words as written (no stemming), for typo tolerance only. It may
    // hold words from closed CoPs and private fields: it only widens a query, and what the
    // widened query finds is filtered by permission like any other.
    await db.query(`
      CREATE TABLE search_word (
        word text PRIMARY KEY CHECK (length(word) BETWEEN 3 AND 40)
      )`);
    await db.query(`CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops)`);
    await db.query(`
      CREATE FUNCTION search_word_collect(doc text) RETURNS void
        LANGUAGE sql VOLATILE
        AS $$
          INSERT INTO search_word (word)
          SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', doc))) w
           WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
           ORDER BY w
          ON CONFLICT DO NOTHING
        $$`);
    // TG_ARGV names the text columns of the row; sorted inserts keep concurrent writers from
    // deadlocking on the same words.
    await db.query(`
      CREATE FUNCTION search_word_collect_row() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
          row_json jsonb := to_jsonb(NEW);
          doc text := '';
          col text;
        BEGIN
          FOREACH col IN ARRAY TG_ARGV LOOP
            doc := doc || ' ' || coalesce(row_json->>col, '');
          END LOOP;
          PERFORM search_word_collect(doc);
          RETURN NULL;
        END
        $$`);
    for (const [table, columns] of TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_search_words AFTER INSERT OR UPDATE OF ${columns.join(', ')} ON ${table}
          FOR EACH ROW EXECUTE FUNCTION search_word_collect_row(${columns.map((c) => `'${c}'`).join(', ')})`);
      await db.query(
        `SELECT search_word_collect(${columns.map((c) => `coalesce(${c}::text, '')`).join(` || ' ' || `)}) FROM ${table}`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table] of TABLES) {
      await db.query(`DROP TRIGGER ${table}_search_words ON ${table}`);
    }
    await db.query(`DROP FUNCTION search_word_collect_row()`);
    await db.query(`DROP FUNCTION search_word_collect(text)`);
    await db.query(`DROP TABLE search_word`);
    await db.query(`DROP INDEX community_unlisted`);
    await db.query(`ALTER TABLE member DROP COLUMN search`);
    await db.query(`ALTER TABLE harvest_lesson DROP COLUMN search`);
    await db.query(`ALTER TABLE discussion_reply DROP COLUMN search`);
    await db.query(`ALTER TABLE discussion_thread DROP COLUMN search`);
    // pg_trgm stays: other schemas may use it, and CREATE EXTENSION IF NOT EXISTS is harmless.
  }
}

const TABLES: [string, string[]][] = [
  ['community', ['name', 'goal', 'domain', 'themes', 'central_questions']],
  ['discussion_thread', ['title', 'body']],
  ['discussion_reply', ['body']],
  ['harvest_lesson', ['title', 'description']],
  ['member', ['name', 'bio', 'offer', 'seeking', 'themes']],
];
