/**
 * Who owns each table: the one lib that writes it, holds its entity and answers questions
 * about it. tests/integration/platform-architecture.spec.ts checks every lib's SQL against
 * this map.
 *
 * The rules:
 * 1. Only the owning lib names a table: in SQL text, a query builder or an entity.
 * 2. Another lib that needs the data calls a read facade the owner exports from its index.ts
 *    (`CommunityMembershipReader`, `MemberDirectory`, …), so the dependency shows in the Nx
 *    graph and in the module-boundary lint.
 * 3. Where one statement must join across libs (a list query whose SQL count a
 *    *-sql-count spec pins, a recipient list inserted in one snapshot), the owner exports the
 *    SQL to splice in: a published relation, a derived table with a fixed column list
 *    (`CommunitySql.memberships`, `MemberSql.members`: Postgres flattens it, so the plan and
 *    the statement count stay), or a function returning a parameterised subquery or condition
 *    (`LearningGroupAccess.participantSql`). That SQL text lives in, and is owned by, the
 *    owning lib; the caller never names the owner's tables. A function's arguments are the
 *    caller's column references or bind-parameter placeholders ($n), never values. Only reads:
 *    writes go through the owner's services.
 * 4. Platform libs (libs/platform/*) own only platform tables and read no domain table: a
 *    domain lib that needs a platform lib to act on its data passes that data in.
 */
export const TABLE_OWNERS = {
  // platform
  outbox_event: 'platform/events',
  sent_email: 'platform/mail',
  email_suppression: 'platform/mail',
  email_failure: 'platform/mail',
  seen_item: 'platform/seen-items',

  organisation: 'organisations',
  member: 'members',

  sign_in_link: 'identity',
  session: 'identity',
  oidc_account: 'identity',

  community: 'communities',
  community_membership: 'communities',
  community_invitation: 'communities',

  discussion_thread: 'discussions',
  discussion_reply: 'discussions',
  discussion_mention: 'discussions',
  discussion_report: 'discussions',

  meeting: 'meetings',
  meeting_rsvp: 'meetings',
  meeting_follow_up: 'meetings',

  harvest_lesson: 'harvest',
  harvest_lesson_contributor: 'harvest',

  boundary_spanner_questionnaire: 'boundary-spanner',
  boundary_spanner_attempt: 'boundary-spanner',
  boundary_spanner_answer: 'boundary-spanner',
  boundary_spanner_profile: 'boundary-spanner',
  boundary_spanner_setting: 'boundary-spanner',

  coffee_date_round: 'coffee-dates',
  coffee_date_participant: 'coffee-dates',
  coffee_date_match: 'coffee-dates',
  coffee_date_match_member: 'coffee-dates',
  coffee_date_unmatched: 'coffee-dates',
  coffee_date_preference: 'coffee-dates',
  coffee_date_block: 'coffee-dates',
  coffee_date_link: 'coffee-dates',

  intervision_group: 'intervision',
  intervision_group_member: 'intervision',
  intervision_method: 'intervision',
  intervision_case: 'intervision',
  intervision_case_phase: 'intervision',
  intervision_contribution: 'intervision',
  intervision_audit: 'intervision',

  programme: 'learning-groups',
  learning_group: 'learning-groups',
  learning_group_application: 'learning-groups',
  learning_group_member: 'learning-groups',
  learning_group_session: 'learning-groups',
  learning_group_session_attendance: 'learning-groups',
  learning_group_output: 'learning-groups',
  learning_group_output_revision: 'learning-groups',
  learning_group_output_approval: 'learning-groups',
  learning_group_thread: 'learning-groups',
  learning_group_thread_session: 'learning-groups',
  learning_group_reflection: 'learning-groups',
  peer_introduction: 'learning-groups',
  peer_introduction_proposal: 'learning-groups',

  notification_settings: 'notifications',
  community_notification_setting: 'notifications',
  notification: 'notifications',

  search_word: 'search',
  calendar_feed: 'agenda',

  data_rights_request: 'data-rights',
  data_export: 'data-rights',
  data_rights_audit: 'data-rights',
} as const satisfies Record<string, string>;

export type Table = keyof typeof TABLE_OWNERS;
