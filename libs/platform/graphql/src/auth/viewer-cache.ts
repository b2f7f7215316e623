import { DynamicModule, Global, Module } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

import type { Viewer } from './viewer';

/** Sessions remembered at most; an entry is one small object. */
const MAX_ENTRIES = 10_000;

/**
 * Session token → viewer, for a few seconds: every request starts with the session lookup,
 * and most of a page's requests come within seconds of each other. This process forgets an
 * entry as soon as it changes what the session resolves to (sign-out, platform role, profile
 * completion, erasure). With more than one API process (or a change made by the worker or
 * straight in the database), another process may serve the old viewer for at most the TTL:
 * that bounds the staleness.
 */
export class ViewerCache {
  private readonly entries: LRUCache<string, Viewer> | null;
  // Bumped on every forget: a lookup that started before it must not store what it read.
  private generation = 0;

  constructor(ttlSeconds: number) {
    this.entries =
      ttlSeconds > 0
        ? new LRUCache<string, Viewer>({ max: MAX_ENTRIES, ttl: ttlSeconds * 1000 })
        : null;
  }

  get(token: string): Viewer | undefined {
    return this.entries?.get(token);
  }

  /** Where a lookup starts; pass it to `set` so a forget in between wins. */
  mark(): number {
    return this.generation;
  }

  set(token: string, viewer: Viewer, mark: number): void {
    if (mark === this.generation) this.entries?.set(token, viewer);
  }

  forgetSession(sessionId: string): void {
    this.forget((viewer) => viewer.sessionId === sessionId);
  }

  /** Every session of a member (by id) or of an address (before the profile exists). */
  forgetMember(who: { memberId?: string | null; email?: string | null }): void {
    const email = who.email?.toLowerCase();
    this.forget(
      (viewer) =>
        (!!who.memberId && viewer.memberId === who.memberId) ||
        (!!email && viewer.email.toLowerCase() === email),
    );
  }

  /** Forgets everything (a benchmark's reference request must read the session again). */
  clear(): void {
    this.generation++;
    this.entries?.clear();
  }

  private forget(matches: (viewer: Viewer) => boolean): void {
    this.generation++;
    if (!this.entries) return;
    const stale: string[] = [];
    for (const [token, viewer] of this.entries.entries()) if (matches(viewer)) stale.push(token);
    for (const token of stale) this.entries.delete(token);
  }
}

/** One ViewerCache per API process, for identity (lookups) and whoever changes a viewer. */
@Global()
@Module({})
export class ViewerCacheModule {
  static forRoot(ttlSeconds: number): DynamicModule {
    return {
      module: ViewerCacheModule,
      providers: [{ provide: ViewerCache, useValue: new ViewerCache(ttlSeconds) }],
      exports: [ViewerCache],
    };
  }
}
