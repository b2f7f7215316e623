/**
 * The meetings lib's tables, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const MeetingSql = {
  /** Meetings, cancelled ones included. */
  meetings: `(SELECT id, community_id, title, starts_at, ends_at, address, online_url, capacity, sequence, scheduled_by, cancelled_at, created_at, updated_at
     FROM meeting)`,
  /** Who said they come. */
  rsvps: `(SELECT id, meeting_id, member_id, status, waiting_since, responded_at
     FROM meeting_rsvp)`,
};
