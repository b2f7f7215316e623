import type { GraphqlClient } from '@leerhuis/platform-testing';

import type { TestStack } from '../support/stack';

export const SETTINGS = `{ notificationSettings {
  digestFrequency digestWeekday digestTime emailLanguage
  mentions replies meetingChanges coffeeDate intervisionPhases nextDigestAt
  communities { mode community { id name slug } }
} }`;

export const UPDATE_SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    digestFrequency digestWeekday digestTime emailLanguage
    mentions replies meetingChanges coffeeDate intervisionPhases nextDigestAt
  }
}`;

export const SET_MODE = `mutation($input: SetCommunityNotificationModeInput!) {
  setCommunityNotificationMode(input: $input) { mode community { id slug } }
}`;

export const NOTIFICATIONS = `query($first: Int, $after: String) {
  unreadNotificationCount
  notifications(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind title url actorName createdAt readAt }
  }
}`;

export const MARK_READ = `mutation($input: MarkNotificationsReadInput) {
  markNotificationsRead(input: $input) { marked unreadCount }
}`;

export interface NotificationNode {
  id: string;
  kind: string;
  title: string;
  url: string;
  actorName: string | null;
  readAt: string | null;
}

export async function listNotifications(
  client: GraphqlClient,
  first = 20,
): Promise<{ unread: number; total: number; nodes: NotificationNode[] }> {
  const data = await client.ok<{
    unreadNotificationCount: number;
    notifications: { totalCount: number; nodes: NotificationNode[] };
  }>(NOTIFICATIONS, { first });
  return {
    unread: data.unreadNotificationCount,
    total: data.notifications.totalCount,
    nodes: data.notifications.nodes,
  };
}

/** The settings row as stored (to show that a refusal changed nothing). */
export async function storedSettings(
  stack: TestStack,
  memberId: string,
): Promise<Record<string, unknown>> {
  const rows = await stack.dataSource.query(
    `SELECT s.digest_frequency, s.digest_weekday, to_char(s.digest_time, 'HH24:MI') AS digest_time,
            s.mentions, s.replies, s.meeting_changes, s.coffee_date, s.intervision_phases,
            s.next_digest_at, s.last_notification_email_at, m.language
       FROM notification_settings s JOIN member m ON m.id = s.member_id WHERE s.member_id = $1`,
    [memberId],
  );
  return rows[0];
}

/** Notifications of a member, oldest first, as stored. */
export async function storedNotifications(
  stack: TestStack,
  memberId: string,
): Promise<
  {
    id: string;
    kind: string;
    channel: string;
    subject_type: string;
    data: Record<string, unknown>;
    emailed_at: Date | null;
    read_at: Date | null;
  }[]
> {
  return stack.dataSource.query(
    `SELECT id::text AS id, kind, channel, subject_type, data, emailed_at, read_at
       FROM notification WHERE member_id = $1 ORDER BY id`,
    [memberId],
  );
}

/** Who got a notification of `kind` for events of `type`, by member name. */
export async function recipientsOf(
  stack: TestStack,
  type: string,
  kind: string,
  where = 'true',
  params: unknown[] = [],
): Promise<string[]> {
  const rows: { name: string }[] = await stack.dataSource.query(
    `SELECT m.name FROM notification n
       JOIN outbox_event e ON e.id = n.event_id
       JOIN member m ON m.id = n.member_id
      WHERE e.type = $1 AND n.kind = $2 AND ${where}
      ORDER BY m.name`,
    [type, kind, ...params],
  );
  return rows.map((r) => r.name);
}

/** Outbox events of a type, dispatched or not (to know the relay saw them). */
export async function allDispatched(stack: TestStack): Promise<boolean> {
  const rows: { n: number }[] = await stack.dataSource.query(
    `SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`,
  );
  return rows[0].n === 0;
}
