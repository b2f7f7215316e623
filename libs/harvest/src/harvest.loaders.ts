import {
  CommunityAccess,
  CommunityDto,
  CommunityLoaders,
  CommunityStatus,
  JoinPolicy,
} from '@leerhuis/communities';
import { groupByKeys, LoaderRegistry, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import {
  HarvestRequest,
  harvestRequestKey,
  LessonFilter,
  LessonPage,
  LessonRepository,
} from './lesson.repository';

/** Per-request batching for everything a page of lessons (or of CoPs) asks per item. */
@Injectable()
export class HarvestLoaders {
  constructor(
    private readonly lessons: LessonRepository,
    private readonly communities: CommunityLoaders,
    private readonly access: CommunityAccess,
  ) {}

  contributorIds(registry: LoaderRegistry) {
    return registry.get<string, string[]>('harvest.contributorIds', async (lessonIds) =>
      groupByKeys(lessonIds, await this.lessons.contributorIds(lessonIds), (c) => c.lessonId).map(
        (rows) => rows.map((c) => c.memberId),
      ),
    );
  }

  /**
   * The lesson's CoP when the viewer may see it, else null: a lesson shared with the platform
   * from a hidden (or not yet approved) CoP is shown without naming its CoP. Decided like
   * CommunityAccess.visible, batched over the communities' own loaders.
   */
  visibleCommunity(registry: LoaderRegistry, viewer: Viewer) {
    return registry.get<string, CommunityDto | null>('harvest.visibleCommunity', async (ids) => {
      const [communities, memberships] = await Promise.all([
        this.communities.byId(registry).loadMany(ids),
        this.communities.viewerMembership(registry, viewer.memberId!).loadMany(ids),
      ]);
      return ids.map((_, i) => {
        const community = communities[i];
        const membership = memberships[i];
        if (!community || community instanceof Error) return null;
        if (membership instanceof Error) return membership;
        const listed =
          community.status === CommunityStatus.ACTIVE && community.joinPolicy !== JoinPolicy.HIDDEN;
        return viewer.role === 'ADMIN' || this.access.isParticipant(membership) || listed
          ? community
          : null;
      });
    });
  }

  /** A page of each CoP's harvest: one statement per distinct page request. */
  page(registry: LoaderRegistry, filter: LessonFilter, first: number, after?: string | null) {
    return registry.get<HarvestRequest, LessonPage>(
      `harvest.page:${filter.type ?? ''}:${filter.audience ?? ''}:${first}:${after ?? ''}`,
      async (requests) => {
        const pages = await this.lessons.pages(requests, filter, first, after);
        return requests.map((r) => pages.get(harvestRequestKey(r)) ?? { rows: [], total: 0 });
      },
    );
  }
}
