import type { ThreadMailContext } from '../thread.repository';

/** Where a thread lives on the web app. */
export const threadUrl = (publicUrl: string, context: ThreadMailContext) =>
  `${publicUrl}/communities/${context.communitySlug}/discussions/${context.threadId}`;
