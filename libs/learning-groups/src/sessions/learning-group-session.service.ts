import { fromAmsterdamLocal, toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { recordEvent } from '@leerhuis/platform-events';
import type { FieldError, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupEntity, LearningGroupStatus } from '../entities/learning-group.entity';
import { learningGroupNotFound } from '../learning-group.exception';
import { LearningGroupRepository } from '../learning-group.repository';
import { canFacilitate } from '../learning-group-access';
import {
  learningGroupAttendanceRecorded,
  learningGroupSessionsMaterialised,
  learningGroupSessionUpdated,
} from '../learning-groups.events';
import { firstSessionOfGroup, sessionStarts } from '../schedule/session-schedule';
import { RecordAttendanceInput, UpdateLearningGroupSessionInput } from './dtos/session.input';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import {
  LearningGroupSessionErrorCode,
  LearningGroupSessionException,
  sessionNotFound,
} from './learning-group-session.exception';
import { LearningGroupSessionRepository } from './learning-group-session.repository';

/**
 * Sessions of a confirmed leergroep. Rule: a leergroep's sessions become rows the first time
 * anyone reads them after confirmation (all groups at once, from the computed schedule;
 * `ON CONFLICT DO NOTHING` on group and number, so concurrent first reads insert them once).
 * From then on the rows are the truth: rescheduling moves one row.
 */
@Injectable()
export class LearningGroupSessionService {
  constructor(
    private readonly sessions: LearningGroupSessionRepository,
    private readonly groups: LearningGroupRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Session starts per group once sessions exist (empty before): rescheduled times included. */
  startsByGroup(learningGroupId: string): Promise<Map<number, Date[]>> {
    return this.sessions.startsByGroup(learningGroupId);
  }

  /** A group's sessions: for its members, the facilitator and admins. */
  async ofGroup(
    viewer: Viewer,
    learningGroupId: string,
    groupNumber: number,
  ): Promise<LearningGroupSessionEntity[]> {
    const group = await this.groups.findById(learningGroupId);
    if (!group) throw learningGroupNotFound();
    if (!canFacilitate(group, viewer)) {
      const own = await this.sessions.groupOf(group.id, viewer.memberId!);
      if (own !== groupNumber) {
        throw new LearningGroupSessionException(
          LearningGroupSessionErrorCode.NOT_IN_GROUP,
          'Only the members of this group and its facilitator see its sessions.',
        );
      }
    }
    await this.materialise(group);
    return this.sessions.ofGroup(group.id, groupNumber);
  }

  /** Creates the session rows of a running (or finished) leergroep once. */
  async materialise(group: LearningGroupEntity): Promise<void> {
    if (
      group.status !== LearningGroupStatus.RUNNING &&
      group.status !== LearningGroupStatus.FINISHED
    )
      return;
    if (await this.sessions.exist(group.id)) return;
    const numbers = [...new Set((await this.groups.membersOf(group.id)).map((m) => m.groupNumber))];
    const firstLocal = toAmsterdamLocal(group.firstSessionAt);
    const rows = numbers.flatMap((groupNumber) =>
      sessionStarts({
        firstSessionLocal: firstSessionOfGroup(firstLocal, groupNumber),
        cadenceWeeks: group.cadenceWeeks,
        cohortEndsOn: group.cohortEndsOn,
      }).map((startsAt, i) => ({
        learningGroupId: group.id,
        groupNumber,
        sequence: i + 1,
        startsAt,
      })),
    );
    await this.dataSource.transaction(async (manager) => {
      if ((await this.sessions.insertMissing(rows, manager)) > 0)
        await recordEvent(manager, learningGroupSessionsMaterialised, {
          learningGroupId: group.id,
        });
    });
  }

  /** The facilitator (or an admin) reschedules a session, sets its agenda or its notes. */
  update(
    viewer: Viewer,
    input: UpdateLearningGroupSessionInput,
  ): Promise<LearningGroupSessionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { session, group } = await this.facilitated(viewer, input.sessionId, manager);
      const patch: Partial<LearningGroupSessionEntity> = {};
      const problems: FieldError[] = [];
      if (input.startsAt != null) {
        const startsAt = fromAmsterdamLocal(input.startsAt);
        if (!(startsAt instanceof Date))
          problems.push({
            field: 'startsAt',
            message:
              startsAt === 'NONEXISTENT'
                ? 'startsAt does not exist in Amsterdam (the clocks move forward then)'
                : 'startsAt must be a local time like 2027-01-12T14:00',
          });
        else if (
          input.startsAt.slice(0, 10) < group.cohortStartsOn ||
          input.startsAt.slice(0, 10) > group.cohortEndsOn
        )
          problems.push({ field: 'startsAt', message: 'startsAt must fall within the cohort' });
        else patch.startsAt = startsAt;
      }
      if (input.agenda != null) patch.agenda = input.agenda.trim();
      if (input.notes != null) patch.notes = input.notes.trim();
      if (problems.length > 0) throw invalidSession(problems);
      if (Object.keys(patch).length === 0) return session;
      const updated = await this.sessions.update(session.id, patch, viewer.memberId!, manager);
      await recordEvent(manager, learningGroupSessionUpdated, {
        learningGroupId: group.id,
        sessionId: session.id,
        updatedBy: viewer.memberId!,
        changed: Object.keys(patch),
      });
      return updated;
    });
  }

  /** The facilitator records who was there (members of that group only). */
  recordAttendance(
    viewer: Viewer,
    input: RecordAttendanceInput,
  ): Promise<LearningGroupSessionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { session, group } = await this.facilitated(viewer, input.sessionId, manager);
      const members = new Set(
        await this.sessions.membersOfGroup(group.id, session.groupNumber, manager),
      );
      const seen = new Set<string>();
      const problems: FieldError[] = [];
      input.attendance.forEach((entry, i) => {
        if (!members.has(entry.memberId))
          problems.push({
            field: `attendance.${i}.memberId`,
            message: 'memberId must be a member of this group',
          });
        else if (seen.has(entry.memberId))
          problems.push({
            field: `attendance.${i}.memberId`,
            message: 'memberId appears more than once',
          });
        seen.add(entry.memberId);
      });
      if (problems.length > 0) throw invalidSession(problems);
      await this.sessions.upsertAttendance(session.id, input.attendance, manager);
      await recordEvent(manager, learningGroupAttendanceRecorded, {
        learningGroupId: group.id,
        sessionId: session.id,
        recordedBy: viewer.memberId!,
        memberIds: input.attendance.map((a) => a.memberId),
      });
      return session;
    });
  }

  /**
   * Locks the session for a facilitator's change. Members of its group are refused
   * (FORBIDDEN); everyone else is told it does not exist.
   */
  private async facilitated(viewer: Viewer, sessionId: string, manager: EntityManager) {
    const session = await this.sessions.lockById(sessionId, manager);
    const group = session && (await this.groups.findById(session.learningGroupId, manager));
    if (!session || !group) throw sessionNotFound();
    if (canFacilitate(group, viewer)) return { session, group };
    const own = await this.sessions.groupOf(group.id, viewer.memberId!);
    if (own === session.groupNumber) {
      throw new LearningGroupSessionException(
        LearningGroupSessionErrorCode.FACILITATOR_REQUIRED,
        'Only the facilitator changes a session.',
      );
    }
    throw sessionNotFound();
  }
}

const invalidSession = (fields: FieldError[]) =>
  new LearningGroupSessionException(
    LearningGroupSessionErrorCode.INVALID_SESSION,
    `Invalid input: ${fields.map((f) => f.field).join(', ')}`,
    fields,
  );
