import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intervisie stays in its group (issue 13):
 * - the send and failure logs keep only kind and time of confidential mail: recipient and
 *   subject may be null, and the intervisie rows already logged lose recipient, subject (it
 *   carried the case title) and the member id in their key (hashed as the Mailer now does);
 * - an ended intervisie membership records why it ended (`end_reason`), and memberships of
 *   people who left the group's CoP or leergroep end now, for good.
 */
export class IntervisionConfidentiality1763800000022 implements MigrationInterface {
  name = 'IntervisionConfidentiality1763800000022';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['sent_email', 'email_failure']) {
      await db.query(`ALTER TABLE ${table} ALTER COLUMN recipient DROP NOT NULL`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN subject DROP NOT NULL`);
      // Same form as loggedKey() in platform-mail: `<kind>:<sha-256 hex of the whole key>`.
      await db.query(
        `UPDATE ${table}
            SET key = split_part(key, ':', 1) || ':' || encode(sha256(convert_to(key, 'UTF8')), 'hex'),
                recipient = NULL, subject = NULL
          WHERE key LIKE 'intervision-%' AND recipient IS NOT NULL`,
      );
    }
    await db.query(`UPDATE email_failure SET message = 'SMTP ' || coalesce(smtp_code::text, 'error')
                     WHERE key LIKE 'intervision-%'`);

    await db.query(`
      ALTER TABLE intervision_group_member
        ADD COLUMN end_reason text
          CHECK (end_reason IN ('LEFT', 'REMOVED', 'CONTEXT_ENDED')),
        ADD CONSTRAINT intervision_group_member_ended
          CHECK ((status = 'LEFT') = (end_reason IS NOT NULL)) NOT VALID`);
    await db.query(`UPDATE intervision_group_member SET end_reason = 'LEFT' WHERE status = 'LEFT'`);
    // Who is no longer (or no longer continuously) in the group's CoP or leergroep is out.
    await db.query(`
      UPDATE intervision_group_member gm
         SET status = 'LEFT', end_reason = 'CONTEXT_ENDED', left_at = now()
        FROM intervision_group g
       WHERE g.id = gm.group_id AND gm.status IN ('INVITED', 'ACTIVE')
         AND NOT (
           (g.community_id IS NULL OR EXISTS (
              SELECT 1 FROM community_membership cm
               WHERE cm.community_id = g.community_id AND cm.member_id = gm.member_id
                 AND cm.status = 'ACTIVE' AND coalesce(cm.joined_at, cm.requested_at) <= gm.invited_at))
           AND (g.learning_group_id IS NULL
             OR EXISTS (SELECT 1 FROM learning_group lgf
                         WHERE lgf.id = g.learning_group_id AND lgf.facilitator_id = gm.member_id)
             OR EXISTS (SELECT 1 FROM learning_group_member lgm
                         WHERE lgm.learning_group_id = g.learning_group_id
                           AND lgm.member_id = gm.member_id AND lgm.joined_at <= gm.invited_at)))`);
    await db.query(
      `ALTER TABLE intervision_group_member VALIDATE CONSTRAINT intervision_group_member_ended`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE intervision_group_member DROP CONSTRAINT intervision_group_member_ended`,
    );
    await db.query(`ALTER TABLE intervision_group_member DROP COLUMN end_reason`);
    // Hashed keys and removed subjects cannot come back; rows without them are dropped so the
    // NOT NULL constraints hold again.
    for (const table of ['sent_email', 'email_failure']) {
      await db.query(`DELETE FROM ${table} WHERE recipient IS NULL OR subject IS NULL`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN recipient SET NOT NULL`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN subject SET NOT NULL`);
    }
  }
}
