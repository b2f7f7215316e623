import { recordEvent } from '@leerhuis/platform-events';
import {
  type Connection,
  type ConnectionArgs,
  type FieldError,
  toConnection,
  type Viewer,
} from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { learningGroupNotFound } from '../learning-group.exception';
import { LearningGroupRepository } from '../learning-group.repository';
import { canFacilitate } from '../learning-group-access';
import { learningGroupThreadSaved } from '../learning-groups.events';
import {
  CreateLearningGroupThreadInput,
  UpdateLearningGroupThreadInput,
} from './dtos/thread.input';
import { LearningGroupThreadEntity } from './entities/learning-group-thread.entity';
import {
  LearningGroupSessionErrorCode,
  LearningGroupSessionException,
} from './learning-group-session.exception';
import { LearningGroupSessionRepository } from './learning-group-session.repository';
import { LearningGroupThreadRepository } from './learning-group-thread.repository';

/**
 * Rode draden: the facilitator and the members of a leergroep (every group) record common
 * threads across sessions. A member links sessions of their own group only; everyone sees
 * only the linked sessions of groups they may see.
 */
@Injectable()
export class LearningGroupThreadService {
  constructor(
    private readonly threads: LearningGroupThreadRepository,
    private readonly sessions: LearningGroupSessionRepository,
    private readonly groups: LearningGroupRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** The group number the viewer sees, or 'ALL' (facilitator, admin); refuses outsiders. */
  async access(group: LearningGroupEntity, viewer: Viewer): Promise<number | 'ALL'> {
    if (canFacilitate(group, viewer)) return 'ALL';
    const own = await this.sessions.groupOf(group.id, viewer.memberId!);
    if (own === null) {
      throw new LearningGroupSessionException(
        LearningGroupSessionErrorCode.NOT_A_PARTICIPANT,
        'Only the participants of this leergroep see its rode draden.',
      );
    }
    return own;
  }

  async list(
    viewer: Viewer,
    learningGroupId: string,
    theme: string | null,
    args: ConnectionArgs,
  ): Promise<Connection<LearningGroupThreadEntity>> {
    const group = await this.groups.findById(learningGroupId);
    if (!group) throw learningGroupNotFound();
    await this.access(group, viewer);
    const { rows, total } = await this.threads.list(
      group.id,
      theme?.trim().toLowerCase() || null,
      args.first,
      args.after,
    );
    return toConnection(rows, args, (t) => [t.createdAt.toISOString(), t.id], total);
  }

  create(viewer: Viewer, input: CreateLearningGroupThreadInput) {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.findById(input.learningGroupId, manager);
      if (!group) throw learningGroupNotFound();
      const scope = await this.access(group, viewer);
      const sessionIds = await this.checkSessions(group, scope, input.sessionIds ?? [], manager);
      const thread = await this.threads.insert(
        {
          learningGroupId: group.id,
          title: input.title.trim(),
          body: input.body?.trim() ?? '',
          themes: normaliseThemes(input.themes ?? []),
          authorId: viewer.memberId,
        },
        manager,
      );
      await this.threads.setSessions(thread.id, sessionIds, manager);
      await recordEvent(manager, learningGroupThreadSaved, {
        learningGroupId: group.id,
        threadId: thread.id,
        savedBy: viewer.memberId!,
      });
      return thread;
    });
  }

  /** The author or the facilitator (or an admin) changes a rode draad. */
  update(viewer: Viewer, input: UpdateLearningGroupThreadInput) {
    return this.dataSource.transaction(async (manager) => {
      const thread = await this.threads.lockById(input.threadId, manager);
      const group = thread && (await this.groups.findById(thread.learningGroupId, manager));
      if (!thread || !group) throw threadNotFound();
      let scope: number | 'ALL';
      try {
        scope = await this.access(group, viewer);
      } catch {
        throw threadNotFound();
      }
      if (scope !== 'ALL' && thread.authorId !== viewer.memberId) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.NOT_THREAD_AUTHOR,
          'Only its author and the facilitator change a rode draad.',
        );
      }
      const sessionIds = await this.checkSessions(group, scope, input.sessionIds ?? [], manager);
      const updated = await this.threads.update(
        thread.id,
        {
          title: input.title.trim(),
          body: input.body?.trim() ?? '',
          themes: normaliseThemes(input.themes ?? []),
        },
        manager,
      );
      await this.threads.setSessions(thread.id, sessionIds, manager);
      await recordEvent(manager, learningGroupThreadSaved, {
        learningGroupId: group.id,
        threadId: thread.id,
        savedBy: viewer.memberId!,
      });
      return updated;
    });
  }

  private async checkSessions(
    group: LearningGroupEntity,
    scope: number | 'ALL',
    ids: string[],
    manager: EntityManager,
  ): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = new Map(
      (await this.threads.sessionsByIds(unique, manager)).map((s) => [s.id, s]),
    );
    const problems: FieldError[] = [];
    ids.forEach((id, i) => {
      const session = found.get(id);
      if (
        !session ||
        session.learningGroupId !== group.id ||
        (scope !== 'ALL' && session.groupNumber !== scope)
      )
        problems.push({
          field: `sessionIds.${i}`,
          message: 'sessionIds must be sessions of your group in this leergroep',
        });
    });
    if (problems.length > 0) {
      throw new LearningGroupSessionException(
        LearningGroupSessionErrorCode.INVALID_THREAD,
        `Invalid input: ${problems.map((p) => p.field).join(', ')}`,
        problems,
      );
    }
    return unique;
  }
}

/** Themes are tags: trimmed, lower case, each once. */
const normaliseThemes = (themes: string[]) => [
  ...new Set(themes.map((t) => t.trim().toLowerCase()).filter(Boolean)),
];

const threadNotFound = () =>
  new LearningGroupSessionException(
    LearningGroupSessionErrorCode.THREAD_NOT_FOUND,
    'Rode draad not found.',
  );
