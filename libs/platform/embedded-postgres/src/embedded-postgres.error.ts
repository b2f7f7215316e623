/** Why the embedded PostgreSQL cannot start, in words a developer can act on. */
export class EmbeddedPostgresError extends Error {}
