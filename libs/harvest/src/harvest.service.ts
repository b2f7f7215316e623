import {
  CommunityAccess,
  CommunityErrorCode,
  CommunityException,
  type CommunityInContext,
  CommunityRole,
} from '@leerhuis/communities';
import { recordEvent } from '@leerhuis/platform-events';
import { Connection, ConnectionArgs, toConnection, Viewer } from '@leerhuis/platform-graphql';
import { recordSeenItem, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { HarvestLessonInput, UpdateLessonInput } from './dtos/lesson.input';
import { HarvestAudience, HarvestSource, LessonEntity } from './entities/lesson.entity';
import { lessonDeleted, lessonHarvested, lessonUpdated } from './harvest.events';
import { HarvestErrorCode, HarvestException, lessonNotFound } from './harvest.exception';
import { LessonFilter, LessonRepository, lessonSortKey, ListedLesson } from './lesson.repository';

@Injectable()
export class HarvestService {
  constructor(
    private readonly lessons: LessonRepository,
    private readonly access: CommunityAccess,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * One CoP's harvest (NOT_FOUND when the viewer may not see the CoP), or with audience PLATFORM
   * and no CoP the lessons shared with the whole platform.
   */
  async list(
    scope: LessonFilter & { communityId?: string | null },
    args: ConnectionArgs,
    viewer: Viewer,
  ): Promise<Connection<ListedLesson>> {
    const filter = { type: scope.type, audience: scope.audience };
    if (scope.communityId) {
      const { membership } = await this.access.visible(scope.communityId, viewer);
      const request = {
        communityId: scope.communityId,
        membersOnlyToo: this.access.isParticipant(membership),
      };
      const pages = await this.lessons.pages([request], filter, args.first, args.after);
      const page = [...pages.values()][0] ?? { rows: [], total: 0 };
      return toConnection(page.rows, args, lessonSortKey, page.total);
    }
    if (scope.audience !== HarvestAudience.PLATFORM) {
      throw new HarvestException(
        HarvestErrorCode.HARVEST_SCOPE_REQUIRED,
        'Ask for one community’s harvest, or for the lessons shared with the platform.',
        [{ field: 'communityId', message: 'Give a communityId, or audience: PLATFORM.' }],
      );
    }
    const [rows, total] = await Promise.all([
      this.lessons.sharedPage(filter, args.first, args.after),
      this.lessons.countShared(filter),
    ]);
    return toConnection(rows, args, lessonSortKey, total);
  }

  /**
   * One lesson as the viewer opens it (NOT_FOUND where they may not read it); recorded as seen,
   * so digests leave it out.
   */
  async view(viewer: Viewer, lessonId: string): Promise<LessonEntity> {
    const lesson = await this.lessons.findById(lessonId);
    if (!lesson) throw lessonNotFound();
    if (lesson.audience !== HarvestAudience.PLATFORM) {
      const context = await this.visibleCommunity(lesson.communityId!, viewer);
      if (!this.access.isParticipant(context.membership)) throw lessonNotFound();
    }
    await recordSeenItem(this.dataSource, viewer.memberId!, SeenItemType.LESSON, lesson.id);
    return lesson;
  }

  /** The viewer's CoPs and those they may not know exist (for ReadableHarvest). */
  async scope(viewer: Viewer): Promise<{ memberOf: string[]; invisibleIds: string[] }> {
    const scope = await this.access.searchScope(viewer);
    return { memberOf: scope.memberOf.map((c) => c.id), invisibleIds: scope.invisibleIds };
  }

  /** Active members record a lesson; contributors must be active members too. */
  async harvest(viewer: Viewer, input: HarvestLessonInput): Promise<LessonEntity> {
    assertOccurredOn(input.occurredOn ?? null);
    const contributorIds = unique(input.contributorIds ?? []);
    const { community } = await this.access.participant(input.communityId, viewer);
    return this.dataSource.transaction(async (manager) => {
      await this.assertContributors(community.id, contributorIds, manager);
      const lesson = await this.lessons.insert(
        {
          communityId: community.id,
          authorId: viewer.memberId,
          title: input.title,
          description: input.description,
          type: input.type,
          audience: input.audience,
          occurredOn: input.occurredOn ?? null,
        },
        manager,
      );
      await this.lessons.setContributors(lesson.id, contributorIds, manager);
      await recordEvent(manager, lessonHarvested, {
        lessonId: lesson.id,
        communityId: community.id,
        authorId: viewer.memberId!,
        type: lesson.type,
        audience: lesson.audience,
        contributorIds,
      });
      await this.access.touch(community.id, manager);
      return lesson;
    });
  }

  async update(viewer: Viewer, input: UpdateLessonInput): Promise<LessonEntity> {
    if (input.occurredOn) assertOccurredOn(input.occurredOn);
    await this.editable(input.lessonId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.lock(input.lessonId, manager);
      const changes: Partial<LessonEntity> = {};
      if (input.title != null) changes.title = input.title;
      if (input.description != null) changes.description = input.description;
      if (input.type != null) changes.type = input.type;
      if (input.audience != null) changes.audience = input.audience;
      if (input.occurredOn !== undefined) changes.occurredOn = input.occurredOn;
      let addedContributorIds: string[] = [];
      if (input.contributorIds != null) {
        const contributorIds = unique(input.contributorIds);
        await this.assertContributors(lesson.communityId, contributorIds, manager);
        const before = new Set(
          (await this.lessons.contributorIds([lesson.id], manager)).map((c) => c.memberId),
        );
        addedContributorIds = contributorIds.filter((id) => !before.has(id));
        await this.lessons.setContributors(lesson.id, contributorIds, manager);
      }
      const updated = await this.lessons.update(lesson.id, changes, manager);
      await recordEvent(manager, lessonUpdated, {
        lessonId: lesson.id,
        communityId: lesson.communityId,
        updatedBy: viewer.memberId!,
        audience: updated.audience,
        addedContributorIds,
      });
      await this.access.touch(lesson.communityId, manager);
      return updated;
    });
  }

  async delete(viewer: Viewer, lessonId: string): Promise<boolean> {
    await this.editable(lessonId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.lock(lessonId, manager);
      await this.lessons.delete(lesson.id, manager);
      await recordEvent(manager, lessonDeleted, {
        lessonId: lesson.id,
        communityId: lesson.communityId,
        deletedBy: viewer.memberId!,
      });
      return true;
    });
  }

  /** May the viewer change this lesson? Only its author and the CoP's coordinators may. */
  canEdit(lesson: LessonEntity, viewer: Viewer, context: Pick<CommunityInContext, 'membership'>) {
    if (!this.access.isParticipant(context.membership)) return false;
    return (
      lesson.authorId === viewer.memberId || context.membership!.role === CommunityRole.COORDINATOR
    );
  }

  /**
   * Checked before the transaction: CommunityAccess reads on its own connection, and a
   * transaction waiting for a second connection can exhaust the pool under load.
   * NOT_FOUND whenever the viewer may not even read the lesson.
   */
  private async editable(lessonId: string, viewer: Viewer): Promise<LessonEntity> {
    const lesson = await this.lessons.findById(lessonId);
    if (!lesson) throw lessonNotFound();
    if (!lesson.communityId || lesson.source !== HarvestSource.COMMUNITY) {
      // Published elsewhere (a leergroep's output): changed where it was written.
      throw new HarvestException(
        HarvestErrorCode.AUTHOR_OR_COORDINATOR_REQUIRED,
        'This lesson was published from a leergroep; it is changed there.',
      );
    }
    const context = await this.visibleCommunity(lesson.communityId, viewer);
    const member = this.access.isParticipant(context.membership);
    if (lesson.audience === HarvestAudience.MEMBERS && !member) throw lessonNotFound();
    if (!this.canEdit(lesson, viewer, context)) {
      throw new HarvestException(
        HarvestErrorCode.AUTHOR_OR_COORDINATOR_REQUIRED,
        'Only the author and the coordinators of this community may change this lesson.',
      );
    }
    return lesson;
  }

  /** The lesson locked for the rest of the transaction; gone if deleted meanwhile. */
  private async lock(
    lessonId: string,
    manager: EntityManager,
  ): Promise<LessonEntity & { communityId: string }> {
    const lesson = await this.lessons.lockById(lessonId, manager);
    if (!lesson?.communityId) throw lessonNotFound();
    return lesson as LessonEntity & { communityId: string };
  }

  // A lesson in a CoP the viewer may not see is as missing as the CoP itself.
  private async visibleCommunity(communityId: string, viewer: Viewer) {
    try {
      return await this.access.visible(communityId, viewer);
    } catch (error) {
      if (
        error instanceof CommunityException &&
        error.code === CommunityErrorCode.COMMUNITY_NOT_FOUND
      )
        throw lessonNotFound();
      throw error;
    }
  }

  private async assertContributors(
    communityId: string,
    memberIds: string[],
    manager: EntityManager,
  ): Promise<void> {
    const active = await this.lessons.activeMembersAmong(communityId, memberIds, manager);
    const outsiders = memberIds.filter((id) => !active.has(id));
    if (outsiders.length > 0) {
      // Names no one: whether someone is in a CoP is for its members to know.
      throw new HarvestException(
        HarvestErrorCode.CONTRIBUTOR_NOT_A_MEMBER,
        'Contributors must be members of this community.',
        [{ field: 'contributorIds', message: 'Choose contributors among the members.' }],
        { notMembers: outsiders },
      );
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** Today in the Netherlands, YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function assertOccurredOn(occurredOn: string | null): void {
  if (occurredOn && occurredOn > today()) {
    throw new HarvestException(
      HarvestErrorCode.OCCURRED_IN_FUTURE,
      'A harvested lesson has already happened: its date cannot be in the future.',
      [{ field: 'occurredOn', message: 'Choose today or a date in the past.' }],
    );
  }
}
