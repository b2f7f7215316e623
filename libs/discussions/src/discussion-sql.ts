/**
 * The discussions lib's tables, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const DiscussionSql = {
  /** Threads, hidden and deleted ones included. */
  threads: `(SELECT id, community_id, author_id, title, body, pinned, locked, hidden_at, hidden_by, deleted_at, edited_at, last_activity_at, created_at
     FROM discussion_thread)`,
  /** Replies, hidden and deleted ones included. */
  replies: `(SELECT id, thread_id, community_id, author_id, body, hidden_at, hidden_by, deleted_at, edited_at, created_at
     FROM discussion_reply)`,
  /** Who was mentioned in which post. */
  mentions: `(SELECT id, community_id, thread_id, reply_id, member_id, mentioned_by, created_at
     FROM discussion_mention)`,
};
