import { fromAmsterdamLocal } from '@leerhuis/platform-calendar';
import { recordEvent } from '@leerhuis/platform-events';
import {
  Connection,
  ConnectionArgs,
  type FieldError,
  toConnection,
  type Viewer,
} from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ApplicationRepository } from './application.repository';
import { ApplyToLearningGroupInput, CreateLearningGroupInput } from './dtos/learning-group.input';
import { LearningGroupEntity, LearningGroupStatus } from './entities/learning-group.entity';
import { LearningGroupApplicationEntity } from './entities/learning-group-application.entity';
import {
  LearningGroupErrorCode,
  LearningGroupException,
  learningGroupNotFound,
  programmeNotFound,
} from './learning-group.exception';
import { LearningGroupRepository } from './learning-group.repository';
import { canFacilitate } from './learning-group-access';
import {
  learningGroupApplicationWithdrawn,
  learningGroupApplied,
  learningGroupCreated,
} from './learning-groups.events';
import { ProgrammeRepository } from './programme.repository';

@Injectable()
export class LearningGroupService {
  constructor(
    private readonly groups: LearningGroupRepository,
    private readonly applications: ApplicationRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Every member may see that a leergroep exists (to apply); its people are shown per field. */
  async list(
    filter: { status?: LearningGroupStatus | null },
    args: ConnectionArgs,
  ): Promise<Connection<LearningGroupEntity>> {
    const { rows, total } = await this.groups.list(filter, args.first, args.after);
    return toConnection(rows, args, (g) => [g.cohortStartsOn, g.id], total);
  }

  async get(id: string): Promise<LearningGroupEntity> {
    const group = await this.groups.findById(id);
    if (!group) throw learningGroupNotFound();
    return group;
  }

  /** Every application of a leergroep; callers check canFacilitate first. */
  applicationsOf(learningGroupId: string) {
    return this.applications.forGroup(learningGroupId);
  }

  /** Every confirmed place of a leergroep; callers decide who may see which. */
  placesIn(learningGroupId: string) {
    return this.groups.membersOf(learningGroupId);
  }

  create(viewer: Viewer, input: CreateLearningGroupInput): Promise<LearningGroupEntity> {
    const problems: FieldError[] = [];
    if (input.cohortEndsOn <= input.cohortStartsOn)
      problems.push({
        field: 'cohortEndsOn',
        message: 'cohortEndsOn must be after cohortStartsOn',
      });
    const firstSession = fromAmsterdamLocal(input.firstSessionAt);
    if (!(firstSession instanceof Date))
      problems.push({
        field: 'firstSessionAt',
        message: 'firstSessionAt is not a time that exists in Amsterdam',
      });
    else if (
      input.firstSessionAt.slice(0, 10) < input.cohortStartsOn ||
      input.firstSessionAt.slice(0, 10) > input.cohortEndsOn
    )
      problems.push({
        field: 'firstSessionAt',
        message: 'firstSessionAt must fall within the cohort',
      });
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.groups.memberExists(input.facilitatorId, manager)))
        problems.push({ field: 'facilitatorId', message: 'facilitatorId must be a member' });
      if (problems.length > 0) throw invalidGroup(problems);
      const group = await this.groups.insert(
        {
          name: input.name.trim(),
          goal: input.goal?.trim() ?? '',
          facilitatorId: input.facilitatorId,
          cohortStartsOn: input.cohortStartsOn,
          cohortEndsOn: input.cohortEndsOn,
          firstSessionAt: firstSession as Date,
          sessionMinutes: input.sessionMinutes ?? 180,
          location: input.location?.trim() ?? '',
          cadenceWeeks: input.cadenceWeeks ?? 6,
          targetSize: input.targetSize ?? 6,
          createdBy: viewer.memberId,
        },
        manager,
      );
      await recordEvent(manager, learningGroupCreated, {
        learningGroupId: group.id,
        facilitatorId: group.facilitatorId,
        createdBy: viewer.memberId!,
      });
      return group;
    });
  }

  apply(viewer: Viewer, input: ApplyToLearningGroupInput): Promise<LearningGroupApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.lockById(input.learningGroupId, manager);
      if (!group) throw learningGroupNotFound();
      const programme = await this.programmes.findById(input.programmeId, manager);
      if (!programme || programme.directorId !== viewer.memberId) throw programmeNotFound();
      if (group.status !== LearningGroupStatus.OPEN_FOR_APPLICATIONS) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_OPEN_FOR_APPLICATIONS,
          'This leergroep no longer takes applications.',
        );
      }
      const application = await this.applications.insert(
        {
          learningGroupId: group.id,
          applicantId: viewer.memberId!,
          programmeId: programme.id,
          learningWish: input.learningWish.trim(),
        },
        manager,
      );
      if (!application) {
        throw new LearningGroupException(
          LearningGroupErrorCode.ALREADY_APPLIED,
          'You already applied to this leergroep.',
        );
      }
      await recordEvent(manager, learningGroupApplied, {
        learningGroupId: group.id,
        applicationId: application.id,
        applicantId: viewer.memberId!,
      });
      return application;
    });
  }

  /** Applicants withdraw while the leergroep still takes applications. */
  withdraw(viewer: Viewer, learningGroupId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.lockById(learningGroupId, manager);
      if (!group) throw learningGroupNotFound();
      if (group.status !== LearningGroupStatus.OPEN_FOR_APPLICATIONS) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_OPEN_FOR_APPLICATIONS,
          'Applications of this leergroep can no longer change.',
        );
      }
      if (!(await this.applications.delete(group.id, viewer.memberId!, manager))) {
        throw new LearningGroupException(
          LearningGroupErrorCode.APPLICATION_NOT_FOUND,
          'You have not applied to this leergroep.',
        );
      }
      await recordEvent(manager, learningGroupApplicationWithdrawn, {
        learningGroupId: group.id,
        applicantId: viewer.memberId!,
      });
      return true;
    });
  }

  /** Applicants see their own application; the facilitator and admins see every one. */
  async application(viewer: Viewer, id: string): Promise<LearningGroupApplicationEntity> {
    const application = await this.applications.findById(id);
    if (application && application.applicantId === viewer.memberId) return application;
    const group = application && (await this.groups.findById(application.learningGroupId));
    if (!application || !group || !canFacilitate(group, viewer)) {
      throw new LearningGroupException(
        LearningGroupErrorCode.APPLICATION_NOT_FOUND,
        'Application not found.',
      );
    }
    return application;
  }

  myApplications(viewer: Viewer) {
    return this.applications.forApplicant(viewer.memberId!);
  }
}

const invalidGroup = (fields: FieldError[]) =>
  new LearningGroupException(
    LearningGroupErrorCode.INVALID_LEARNING_GROUP,
    `Invalid input: ${fields.map((f) => f.field).join(', ')}`,
    fields,
  );
