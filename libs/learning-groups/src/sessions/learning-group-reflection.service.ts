import { recordEvent } from '@leerhuis/platform-events';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupRepository } from '../learning-group.repository';
import { canFacilitate } from '../learning-group-access';
import { learningGroupReflected } from '../learning-groups.events';
import { LearningGroupReflectionInput } from './dtos/reflection.input';
import { LearningGroupReflectionEntity } from './entities/learning-group-reflection.entity';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import { LearningGroupReflectionRepository } from './learning-group-reflection.repository';
import {
  LearningGroupSessionErrorCode,
  LearningGroupSessionException,
  sessionNotFound,
} from './learning-group-session.exception';
import { LearningGroupSessionRepository } from './learning-group-session.repository';

/** When a session is over: its start plus the leergroep's session length. */
export const sessionEnd = (session: { startsAt: Date }, group: { sessionMinutes: number }) =>
  new Date(session.startsAt.getTime() + group.sessionMinutes * 60_000);

/**
 * Reflections: after a session each member of its group submits once (again: CONFLICT) and
 * may edit until the group's next session starts. The facilitator sees a session's answers
 * together; a member only their own.
 */
@Injectable()
export class LearningGroupReflectionService {
  constructor(
    private readonly reflections: LearningGroupReflectionRepository,
    private readonly sessions: LearningGroupSessionRepository,
    private readonly groups: LearningGroupRepository,
    private readonly dataSource: DataSource,
  ) {}

  submit(viewer: Viewer, input: LearningGroupReflectionInput) {
    return this.dataSource.transaction(async (manager) => {
      const { session, group } = await this.ownSession(viewer, input.sessionId, manager);
      if (sessionEnd(session, group).getTime() > Date.now()) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.SESSION_NOT_ENDED,
          'You can reflect once the session is over.',
        );
      }
      const reflection = await this.reflections.insert(
        {
          sessionId: session.id,
          memberId: viewer.memberId!,
          happened: input.happened.trim(),
          yielded: input.yielded.trim(),
          adjust: input.adjust.trim(),
        },
        manager,
      );
      if (!reflection) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.ALREADY_REFLECTED,
          'You already reflected on this session; change your reflection instead.',
        );
      }
      await recordEvent(manager, learningGroupReflected, {
        learningGroupId: group.id,
        sessionId: session.id,
        memberId: viewer.memberId!,
      });
      return reflection;
    });
  }

  update(viewer: Viewer, input: LearningGroupReflectionInput) {
    return this.dataSource.transaction(async (manager) => {
      const { session, group } = await this.ownSession(viewer, input.sessionId, manager);
      const next = await this.reflections.nextStart(
        group.id,
        session.groupNumber,
        session.sequence,
        manager,
      );
      if (next && next.getTime() <= Date.now()) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.REFLECTION_CLOSED,
          'A reflection can be changed until the next session starts.',
        );
      }
      const updated = await this.reflections.update(
        session.id,
        viewer.memberId!,
        {
          happened: input.happened.trim(),
          yielded: input.yielded.trim(),
          adjust: input.adjust.trim(),
        },
        manager,
      );
      if (!updated) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.REFLECTION_NOT_FOUND,
          'You have not reflected on this session yet.',
        );
      }
      return updated;
    });
  }

  /** What the viewer may see of a session's reflections: all (facilitator), own, or none. */
  visible(
    all: LearningGroupReflectionEntity[],
    group: LearningGroupEntity | null,
    viewer: Viewer,
  ): LearningGroupReflectionEntity[] {
    if (group && canFacilitate(group, viewer)) return all;
    return all.filter((r) => r.memberId === viewer.memberId);
  }

  /** A session of the viewer's own group (members only; the facilitator does not reflect). */
  private async ownSession(
    viewer: Viewer,
    sessionId: string,
    manager: EntityManager,
  ): Promise<{ session: LearningGroupSessionEntity; group: LearningGroupEntity }> {
    const session = await this.sessions.lockById(sessionId, manager);
    const group = session && (await this.groups.findById(session.learningGroupId, manager));
    if (!session || !group) throw sessionNotFound();
    const own = await this.sessions.groupOf(group.id, viewer.memberId!);
    if (own === session.groupNumber) return { session, group };
    if (canFacilitate(group, viewer)) {
      throw new LearningGroupSessionException(
        LearningGroupSessionErrorCode.MEMBERS_ONLY,
        'Only the members of the group reflect on a session.',
      );
    }
    throw sessionNotFound();
  }
}
