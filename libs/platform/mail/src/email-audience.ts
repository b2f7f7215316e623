import { EntityManager } from 'typeorm';

/** Kinds of member email that a notification setting (channel per kind) can switch off. */
export type EmailAudienceKind = 'MEETING_CHANGES' | 'COFFEE_DATE' | 'INTERVISION_PHASES';

/**
 * Whether a member wants an email of this kind now. The mail lib keeps no member settings:
 * the domain that does (notifications) provides this for the worker, as a global provider.
 * It runs inside the Mailer's send transaction, after the send log check.
 */
export abstract class EmailAudience {
  abstract wantsNow(
    manager: EntityManager,
    memberId: string,
    kind: EmailAudienceKind,
  ): Promise<boolean>;
}
