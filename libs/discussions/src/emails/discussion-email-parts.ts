export type Language = 'nl' | 'en';

/** The thread a moderation email is about: its title and where it lives. */
export interface ThreadRef {
  publicUrl: string;
  threadId: string;
  title: string;
  communityName: string;
  communitySlug: string;
}

/** Where a thread lives on the web app. */
export const threadUrl = (thread: ThreadRef) =>
  `${thread.publicUrl}/communities/${thread.communitySlug}/discussions/${thread.threadId}`;

/** The label of the link to the thread. */
export const GO_TO_THREAD = { nl: 'Naar de discussie', en: 'Go to the thread' } satisfies Record<
  Language,
  string
>;
