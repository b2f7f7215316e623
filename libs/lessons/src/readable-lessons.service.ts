import { CommunityAccess } from '@leerhuis/communities';
import {
  HarvestSource,
  ReadableHarvest,
  type ReadableHarvestLesson,
  type ReadableHarvestScope,
} from '@leerhuis/harvest';
import { readSharedIntervisionLessons, type SharedIntervisionLesson } from '@leerhuis/intervision';
import {
  type Connection,
  decodeCursor,
  toConnection,
  type Viewer,
} from '@leerhuis/platform-graphql';
import { recordSeenItem, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ReadableLessonDto, ReadableLessonKind } from './dtos/readable-lesson.dto';
import { ReadableLessonsArgs } from './dtos/readable-lessons.args';
import { LessonsErrorCode, LessonsException } from './lessons.exception';

const INTERVISION_PREFIX = 'intervisie-';
// Shared intervisie lessons are few; this many are merged into the list at most.
const INTERVISION_LIMIT = 200;

const sortKey = (lesson: ReadableLessonDto) => [lesson.sortAt, lesson.id];

/** Newest first; ties by id, compared as Postgres "C" does (code points). */
const newerFirst = (a: ReadableLessonDto, b: ReadableLessonDto) =>
  a.sortAt === b.sortAt ? (a.id < b.id ? 1 : -1) : a.sortAt < b.sortAt ? 1 : -1;

/**
 * The lessons overview (/oogst): harvest lessons (CoP, platform, leergroep articles) from
 * the harvest's ReadableHarvest, merged with consented intervisie lessons from intervisie's
 * own readSharedIntervisionLessons.
 */
@Injectable()
export class ReadableLessonsService {
  constructor(
    private readonly harvest: ReadableHarvest,
    private readonly communities: CommunityAccess,
    private readonly dataSource: DataSource,
  ) {}

  async list(viewer: Viewer, args: ReadableLessonsArgs): Promise<Connection<ReadableLessonDto>> {
    const after = args.after
      ? (decodeCursor(args.after, ['string', 'string']) as [string, string])
      : null;
    if (after && Number.isNaN(Date.parse(after[0]))) decodeCursor('', ['uuid']);
    const scope = await this.harvest.scope(viewer);
    const source =
      args.kind === ReadableLessonKind.COMMUNITY
        ? HarvestSource.COMMUNITY
        : args.kind === ReadableLessonKind.LEARNING_GROUP
          ? HarvestSource.LEARNING_GROUP_OUTPUT
          : null;
    const harvestWanted = args.kind !== ReadableLessonKind.INTERVISION;
    // Intervisie lessons have no type, and their CoP's themes are not theirs to filter on.
    const intervisionWanted =
      (!args.kind || args.kind === ReadableLessonKind.INTERVISION) && !args.type && !args.theme;
    const [harvest, intervision] = await Promise.all([
      harvestWanted
        ? this.harvest.page(
            scope,
            { type: args.type, source, communityId: args.communityId, theme: args.theme },
            args.first,
            after,
          )
        : { rows: [], total: 0 },
      intervisionWanted ? this.intervision(scope, args.communityId ?? null) : [],
    ]);
    const later = intervision.filter(
      (l) => !after || l.sortAt < after[0] || (l.sortAt === after[0] && l.id < after[1]),
    );
    const rows = [...harvest.rows.map(fromHarvest), ...later].sort(newerFirst);
    return toConnection(
      rows.slice(0, args.first + 1),
      args,
      sortKey,
      harvest.total + intervision.length,
    );
  }

  /** One lesson as the viewer opens it, recorded as seen for digests. */
  async open(viewer: Viewer, id: string): Promise<ReadableLessonDto> {
    if (id.toLowerCase().startsWith(INTERVISION_PREFIX)) {
      const scope = await this.harvest.scope(viewer);
      const key = id.slice(INTERVISION_PREFIX.length).toLowerCase();
      const [lesson] = await this.intervision(scope, null, key);
      if (!lesson) throw notFound();
      // The key is an md5 (32 hex digits), so it fits seen_item's uuid column as it is.
      await recordSeenItem(this.dataSource, viewer.memberId!, SeenItemType.LESSON, key);
      return lesson;
    }
    try {
      return fromHarvest(await this.harvest.open(viewer, id.toLowerCase()));
    } catch (error) {
      if ((error as { code?: string }).code === 'LESSON_NOT_FOUND') throw notFound();
      throw error;
    }
  }

  /** The viewer's intervisie lessons: their CoPs' and platform-wide ones, CoPs named if known. */
  private async intervision(
    scope: ReadableHarvestScope,
    communityId: string | null,
    key?: string,
  ): Promise<ReadableLessonDto[]> {
    const shared = await readSharedIntervisionLessons(this.dataSource, {
      communityId: null,
      communityIds: scope.memberOf,
      key,
      limit: INTERVISION_LIMIT,
    });
    const invisible = new Set(scope.invisibleIds);
    const named = (l: SharedIntervisionLesson) =>
      l.communityId && !invisible.has(l.communityId) ? l.communityId : null;
    const wanted = shared.filter((l) => !communityId || named(l) === communityId);
    const ids = [...new Set(wanted.map(named).filter((x): x is string => x !== null))];
    const summaries = new Map(
      (ids.length ? await this.communities.summaries(ids) : []).map((c) => [c.id, c]),
    );
    return wanted.map((l) => {
      const community = summaries.get(named(l) ?? '') ?? null;
      return {
        id: `${INTERVISION_PREFIX}${l.key}`,
        kind: ReadableLessonKind.INTERVISION,
        title: null,
        body: l.lessons,
        type: null,
        community: community && { id: community.id, name: community.name, slug: community.slug },
        intervision: {
          methodNameNl: l.methodNameNl,
          methodNameEn: l.methodNameEn,
          closedMonth: l.closedMonth,
        },
        occurredOn: null,
        publishedAt: l.sharedAt,
        sortAt: l.sharedAt.toISOString().replace('Z', '000Z'),
      };
    });
  }
}

const notFound = () => new LessonsException(LessonsErrorCode.LESSON_NOT_FOUND, 'Lesson not found.');

function fromHarvest(lesson: ReadableHarvestLesson): ReadableLessonDto {
  return {
    id: lesson.id,
    kind:
      lesson.source === HarvestSource.LEARNING_GROUP_OUTPUT
        ? ReadableLessonKind.LEARNING_GROUP
        : ReadableLessonKind.COMMUNITY,
    title: lesson.title,
    body: lesson.description,
    type: lesson.type,
    community: lesson.community,
    intervision: null,
    occurredOn: lesson.occurredOn,
    publishedAt: lesson.createdAt,
    sortAt: lesson.sortAt,
  };
}
