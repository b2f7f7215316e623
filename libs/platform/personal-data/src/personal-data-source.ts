import type { EntityManager } from 'typeorm';

/** Whose data: the member's id and their sign-in address (sessions and mail logs go by address). */
export interface DataSubject {
  memberId: string;
  email: string;
}

export interface ErasureOptions {
  /** Also delete the member's own posts (threads and replies); otherwise they stay anonymised. */
  deleteOwnPosts: boolean;
}

/** Something the member must hand over before erasure: the last coordinator of a CoP, … */
export interface ErasureBlocker {
  kind: 'COMMUNITY' | 'INTERVISION_GROUP' | 'LEARNING_GROUP';
  id: string;
  name: string;
}

/** One section of an export: plain JSON (rows as objects), keyed by what it is. */
export type PersonalDataSection = Record<string, unknown>;

/**
 * What a domain lib holds about one member, exported and erased by that lib alone (each table
 * has one owning lib). The data-rights lib lists every source and runs them; it never reads
 * another lib's tables.
 */
export interface PersonalDataSource {
  /** Stable key of this lib's part of the export (`communities`, `coffeeDates`, …). */
  readonly section: string;
  export(subject: DataSubject): Promise<PersonalDataSection>;
  /**
   * Deletes or anonymises the member's data in this lib's tables, inside the erasure's
   * transaction. Runs before the member row is deleted (the members source runs last).
   * Must be harmless when run again.
   */
  erase(subject: DataSubject, options: ErasureOptions, manager: EntityManager): Promise<void>;
  /** What must be handed over first; empty when nothing blocks. */
  erasureBlockers?(subject: DataSubject): Promise<ErasureBlocker[]>;
}

/** A `pg` JSON-safe copy of query rows: dates become ISO strings. */
export function plainRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
}

/**
 * Replaces every occurrence of `memberId` inside a jsonb column with null-like text, for
 * anonymising derived data (match reasons, audit details) that mention the member by id.
 */
export function scrubJsonSql(column: string, param: string): string {
  return `${column} = replace(${column}::text, ${param}::text, 'former-member')::jsonb`;
}
