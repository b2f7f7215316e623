import { CommunitySql } from '@leerhuis/communities';
import {
  type DataSubject,
  type ErasureOptions,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The member's threads, replies and reports, and where others mentioned them. */
@Injectable()
export class DiscussionsPersonalData implements PersonalDataSource {
  readonly section = 'discussions';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      threads: await q(
        `SELECT t.id, c.name AS community, t.title, t.body, t.created_at AS "createdAt",
                t.edited_at AS "editedAt", t.deleted_at AS "deletedAt", t.hidden_at AS "hiddenAt"
           FROM discussion_thread t JOIN ${CommunitySql.communities} c ON c.id = t.community_id
          WHERE t.author_id = $1 ORDER BY t.created_at`,
      ),
      replies: await q(
        `SELECT r.id, r.thread_id AS "threadId", r.body, r.created_at AS "createdAt",
                r.edited_at AS "editedAt", r.deleted_at AS "deletedAt", r.hidden_at AS "hiddenAt"
           FROM discussion_reply r WHERE r.author_id = $1 ORDER BY r.created_at`,
      ),
      reports: await q(
        `SELECT thread_id AS "threadId", reply_id AS "replyId", reason, status,
                created_at AS "createdAt", resolved_at AS "resolvedAt"
           FROM discussion_report WHERE reporter_id = $1 ORDER BY created_at`,
      ),
      mentions: await q(
        `SELECT thread_id AS "threadId", reply_id AS "replyId", created_at AS "createdAt"
           FROM discussion_mention WHERE member_id = $1 ORDER BY created_at`,
      ),
    };
  }

  async erase(
    { memberId }: DataSubject,
    options: ErasureOptions,
    manager: EntityManager,
  ): Promise<void> {
    // Others' posts that mention the member keep the sentence, not the name or the id.
    const mention = `'@\\[[^\\]]*\\]\\(' || $1::text || '\\)'`;
    for (const table of ['discussion_thread', 'discussion_reply']) {
      await manager.query(
        `UPDATE ${table} SET body = regexp_replace(body, ${mention}, '@voormalig lid', 'g')
          WHERE body LIKE '%' || $1::text || '%'`,
        [memberId],
      );
    }
    await manager.query(`DELETE FROM discussion_report WHERE reporter_id = $1`, [memberId]);
    await manager.query(`DELETE FROM discussion_mention WHERE member_id = $1`, [memberId]);
    if (options.deleteOwnPosts) {
      // Deleted as the author would: the thread stays as "[verwijderd]" so replies of others
      // keep their place; the text itself goes.
      await manager.query(
        `UPDATE discussion_thread SET deleted_at = coalesce(deleted_at, now()), title = '[verwijderd]', body = '[verwijderd]'
          WHERE author_id = $1`,
        [memberId],
      );
      await manager.query(
        `UPDATE discussion_reply SET deleted_at = coalesce(deleted_at, now()), body = '[verwijderd]'
          WHERE author_id = $1`,
        [memberId],
      );
    }
  }
}
