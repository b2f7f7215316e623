/** How often the digest (overzichtsmail) comes; NEVER switches it off. */
export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
  NEVER = 'NEVER',
}

/** Where a kind of notification goes: its own email soon, the digest, or only the in-app list. */
export enum NotificationChannel {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  IN_APP = 'IN_APP',
}

/** Per CoP: every thread and reply immediately, in the digest (no row), or nothing at all. */
export enum CommunityNotificationMode {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  MUTED = 'MUTED',
}

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  COMMUNITY_ACTIVITY = 'COMMUNITY_ACTIVITY',
  MEETING_CHANGE = 'MEETING_CHANGE',
  COFFEE_DATE = 'COFFEE_DATE',
  INTERVISION_PHASE = 'INTERVISION_PHASE',
}

/** Kinds whose immediate channel is the batched notification email (the others have their own). */
export const BATCHED_KINDS: readonly NotificationKind[] = [
  NotificationKind.MENTION,
  NotificationKind.REPLY,
  NotificationKind.COMMUNITY_ACTIVITY,
];

/** The per-kind channels of a member's settings. */
export interface NotificationChannels {
  mentions: NotificationChannel;
  replies: NotificationChannel;
  meetingChanges: NotificationChannel;
  coffeeDate: NotificationChannel;
  intervisionPhases: NotificationChannel;
}

/**
 * The channel a notification of `kind` takes for a member with these settings. Community
 * activity only exists for CoPs the member set to IMMEDIATE, so it is always immediate.
 */
export function channelFor(
  settings: NotificationChannels,
  kind: NotificationKind,
): NotificationChannel {
  switch (kind) {
    case NotificationKind.MENTION:
      return settings.mentions;
    case NotificationKind.REPLY:
      return settings.replies;
    case NotificationKind.MEETING_CHANGE:
      return settings.meetingChanges;
    case NotificationKind.COFFEE_DATE:
      return settings.coffeeDate;
    case NotificationKind.INTERVISION_PHASE:
      return settings.intervisionPhases;
    case NotificationKind.COMMUNITY_ACTIVITY:
      return NotificationChannel.IMMEDIATE;
  }
}
