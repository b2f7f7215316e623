/**
 * The notifications lib's tables, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const NotificationSql = {
  /** Notifications. */
  notifications: `(SELECT id, member_id, kind, event_id, community_id, subject_type, subject_id, actor_id, data, channel, created_at, read_at, emailed_at
     FROM notification)`,
  /** Members' notification settings. */
  settings: `(SELECT member_id, digest_frequency, digest_weekday, digest_time, mentions, replies, meeting_changes, coffee_date, intervision_phases, next_digest_at, last_digest_at, last_notification_email_at, updated_at
     FROM notification_settings)`,
  /** Per-CoP modes. */
  communitySettings: `(SELECT member_id, community_id, mode, updated_at
     FROM community_notification_setting)`,
};
