import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Communities of Practice: the community, its memberships (roles, pending requests) and
 * invitations by link. Discussions, meetings and harvest hang off community_id and member_id
 * later. Search is a generated Dutch tsvector (stemming: "samenwerking" finds "samenwerken").
 */
export class Communities1763800000004 implements MigrationInterface {
  name = 'Communities1763800000004';

  async up(db: QueryRunner): Promise<void> {
    // array_to_string is only STABLE; a generated column needs an IMMUTABLE expression.
    await db.query(`
      CREATE FUNCTION community_text_of(text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$`);
    await db.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 80),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 120),
        goal text NOT NULL DEFAULT '',
        domain text NOT NULL DEFAULT '',
        central_questions text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        welcome_message text NOT NULL DEFAULT '',
        join_policy text NOT NULL CHECK (join_policy IN ('OPEN', 'ON_REQUEST', 'INVITE_ONLY', 'HIDDEN')),
        phase text NOT NULL DEFAULT 'PREPARATION' CHECK (phase IN ('PREPARATION',
          'CONNECTION_AND_TRUST', 'DEEPENING', 'OWNERSHIP', 'HARVEST', 'ANCHORING', 'CLOSED')),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE')),
        starts_on date NOT NULL,
        planned_end_on date,
        proposed_by uuid REFERENCES member (id) ON DELETE SET NULL,
        approved_by uuid REFERENCES member (id) ON DELETE SET NULL,
        approved_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', name), 'A') ||
          setweight(to_tsvector('dutch', community_text_of(themes)), 'A') ||
          setweight(to_tsvector('dutch', goal || ' ' || domain), 'B') ||
          setweight(to_tsvector('dutch', community_text_of(central_questions)), 'C')
        ) STORED,
        CONSTRAINT community_end_after_start CHECK (planned_end_on IS NULL OR planned_end_on > starts_on)
      )`);
    await db.query(`CREATE UNIQUE INDEX community_slug ON community (slug)`);
    await db.query(`CREATE INDEX community_sort ON community (lower(name), id)`);
    await db.query(`CREATE INDEX community_search ON community USING gin (search)`);
    await db.query(`
      CREATE TABLE community_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('COORDINATOR', 'MODERATOR', 'MEMBER')),
        status text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
        motivation text NOT NULL DEFAULT '',
        requested_at timestamptz NOT NULL DEFAULT now(),
        joined_at timestamptz,
        CONSTRAINT community_membership_once UNIQUE (community_id, member_id)
      )`);
    await db.query(
      `CREATE INDEX community_membership_member ON community_membership (member_id, status)`,
    );
    await db.query(`
      CREATE TABLE community_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        email text NOT NULL,
        invited_by uuid REFERENCES member (id) ON DELETE SET NULL,
        token_hash text NOT NULL UNIQUE,
        message text NOT NULL DEFAULT '',
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES member (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open invitation per address and community; inviting again replaces it.
    await db.query(`
      CREATE UNIQUE INDEX community_invitation_open ON community_invitation (community_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE community_invitation`);
    await db.query(`DROP TABLE community_membership`);
    await db.query(`DROP TABLE community`);
    await db.query(`DROP FUNCTION community_text_of(text[])`);
  }
}
