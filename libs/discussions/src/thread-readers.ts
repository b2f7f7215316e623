/**
 * SQL condition: the CoP membership row `membership` may read the thread row `thread`. The same
 * rule as DiscussionService.threadForViewer in one statement: an active member of the thread's
 * CoP, and for a hidden thread a moderator or coordinator. Mention candidates, mention links
 * and mention notifications all use it, so nobody is offered, shown or notified who cannot read.
 */
export const threadReaderSql = (thread: string, membership: string): string =>
  `(${membership}.community_id = ${thread}.community_id AND ${membership}.status = 'ACTIVE'
    AND (${thread}.hidden_at IS NULL OR ${membership}.role IN ('MODERATOR', 'COORDINATOR')))`;
