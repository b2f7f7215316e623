import { readSharedIntervisionLessons, SharedIntervisionLesson } from '@leerhuis/intervision';
import { seenItemsOf, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const TTL_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * Consented, anonymised intervisie lessons for digests — only through intervisie's own
 * `readSharedIntervisionLessons`, nothing else of intervisie. That reads one CoP at a time, so
 * results are kept a minute per CoP and window start (floored to the hour): a digest run
 * asks for the same CoPs over and over.
 */
@Injectable()
export class DigestIntervisionLessons {
  private readonly cache = new Map<
    string,
    { at: number; lessons: Promise<SharedIntervisionLesson[]> }
  >();

  constructor(private readonly dataSource: DataSource) {}

  /** Per member: lessons of their (not muted) CoPs and platform-wide ones, shared in their window. */
  async forMembers(
    members: { memberId: string; communityIds: string[]; since: Date; until: Date }[],
  ): Promise<Map<string, SharedIntervisionLesson[]>> {
    if (members.length === 0) return new Map();
    const since = new Date(
      Math.floor(Math.min(...members.map((m) => m.since.getTime())) / HOUR_MS) * HOUR_MS,
    );
    const communityIds = [...new Set(members.flatMap((m) => m.communityIds))];
    const [platform, ...perCommunity] = await Promise.all([
      this.read(null, since),
      ...communityIds.map((id) => this.read(id, since)),
    ]);
    const byCommunity = new Map(communityIds.map((id, i) => [id, perCommunity[i]]));
    const keys = [...new Set([platform, ...perCommunity].flat().map((l) => l.key))];
    // A lesson the member opened on /oogst is not news to them any more.
    const opened = await seenItemsOf(
      this.dataSource,
      members.map((m) => m.memberId),
      SeenItemType.LESSON,
      keys,
    );
    const result = new Map<string, SharedIntervisionLesson[]>();
    for (const member of members) {
      const seen = new Set<string>();
      const lessons: SharedIntervisionLesson[] = [];
      const candidates = [
        ...member.communityIds.flatMap((id) =>
          (byCommunity.get(id) ?? []).filter((l) => l.scope === 'COMMUNITY'),
        ),
        ...platform,
      ];
      for (const lesson of candidates) {
        if (seen.has(lesson.key) || opened.has(`${member.memberId}|${lesson.key}`)) continue;
        if (lesson.sharedAt < member.since || lesson.sharedAt >= member.until) continue;
        seen.add(lesson.key);
        lessons.push(lesson);
      }
      if (lessons.length) result.set(member.memberId, lessons);
    }
    return result;
  }

  private read(communityId: string | null, since: Date): Promise<SharedIntervisionLesson[]> {
    const key = `${communityId ?? 'platform'}|${since.toISOString()}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.lessons;
    if (this.cache.size > 10_000) this.cache.clear();
    const lessons = readSharedIntervisionLessons(this.dataSource, {
      communityId,
      since,
      limit: 20,
    });
    lessons.catch(() => this.cache.delete(key));
    this.cache.set(key, { at: Date.now(), lessons });
    return lessons;
  }
}
