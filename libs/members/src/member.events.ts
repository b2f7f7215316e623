import { defineEvent } from '@leerhuis/platform-events';

/** A new address completed its profile and is now a member. */
export const memberJoined = defineEvent<{ memberId: string; organisationId: string }>(
  'members.member-joined',
);
