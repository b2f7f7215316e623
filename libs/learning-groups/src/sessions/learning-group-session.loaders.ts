import { byKeys, groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupReflectionEntity } from './entities/learning-group-reflection.entity';
import {
  LearningGroupSessionAttendanceEntity,
  LearningGroupSessionEntity,
} from './entities/learning-group-session.entity';
import { LearningGroupReflectionRepository } from './learning-group-reflection.repository';
import { LearningGroupSessionRepository } from './learning-group-session.repository';
import { LearningGroupThreadRepository } from './learning-group-thread.repository';

/** Per-request batching for what a list of sessions, reflections or rode draden asks per row. */
@Injectable()
export class LearningGroupSessionLoaders {
  constructor(
    private readonly sessionRepository: LearningGroupSessionRepository,
    private readonly reflectionRepository: LearningGroupReflectionRepository,
    private readonly threads: LearningGroupThreadRepository,
  ) {}

  /** Recorded attendance per session. */
  attendance(registry: LoaderRegistry) {
    return registry.get<string, LearningGroupSessionAttendanceEntity[]>(
      'learningGroupSession.attendance',
      async (ids) =>
        groupByKeys(ids, await this.sessionRepository.attendanceOf(ids), (a) => a.sessionId),
    );
  }

  /** Every reflection per session; the caller filters what the viewer may see. */
  reflections(registry: LoaderRegistry) {
    return registry.get<string, LearningGroupReflectionEntity[]>(
      'learningGroupSession.reflections',
      async (ids) =>
        groupByKeys(ids, await this.reflectionRepository.ofSessions(ids), (r) => r.sessionId),
    );
  }

  /** The sessions linked to each rode draad. */
  linkedSessions(registry: LoaderRegistry) {
    return registry.get<string, LearningGroupSessionEntity[]>(
      'learningGroupThread.sessions',
      async (ids) => groupByKeys(ids, await this.threads.linkedSessions(ids), (s) => s.threadId),
    );
  }

  /** A leergroep by id, shared by sessions and rode draden in one request. */
  group(registry: LoaderRegistry) {
    return registry.get<string, LearningGroupEntity | null>(
      'learningGroupThread.group',
      async (ids) => byKeys(ids, await this.threads.groupsByIds(ids), (g) => g.id),
    );
  }
}
