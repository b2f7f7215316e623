import { CommunityAccess, CommunityException } from '@leerhuis/communities';
import { HarvestAudience, HarvestPublisher, HarvestSource, LessonType } from '@leerhuis/harvest';
import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { learningGroupOutputPublished } from '../learning-groups.events';
import {
  CreateLearningGroupOutputInput,
  PublishLearningGroupOutputInput,
  UpdateLearningGroupOutputInput,
} from './dtos/learning-group-output.input';
import { LearningGroupOutputEntity } from './entities/learning-group-output.entity';
import { LearningGroupOutputRepository } from './learning-group-output.repository';
import {
  LearningGroupOutputErrorCode,
  LearningGroupOutputException,
  outputNotFound,
} from './output.exception';

/** Who takes part in one group: its confirmed members, and the leergroep's facilitator. */
export interface GroupParticipants {
  memberIds: string[];
  facilitatorId: string;
}

/**
 * Shared output of a group inside a confirmed leergroep. Only the group's members and the
 * facilitator see and edit it; every save keeps the previous text and drops the approvals;
 * publishing needs every member's approval of the current version.
 */
@Injectable()
export class LearningGroupOutputService {
  constructor(
    private readonly outputs: LearningGroupOutputRepository,
    private readonly communities: CommunityAccess,
    private readonly harvest: HarvestPublisher,
    private readonly dataSource: DataSource,
  ) {}

  /** The group's participants; GROUP_NOT_FOUND when the viewer is not one (or no such group). */
  async participants(
    learningGroupId: string,
    groupNumber: number,
    viewer: Viewer,
  ): Promise<GroupParticipants> {
    const facilitatorId = await this.outputs.facilitatorId(learningGroupId);
    const memberIds = facilitatorId
      ? await this.outputs.groupMemberIds(learningGroupId, groupNumber)
      : [];
    const me = viewer.memberId;
    if (
      !facilitatorId ||
      !memberIds.length ||
      !me ||
      !(memberIds.includes(me) || me === facilitatorId)
    ) {
      throw new LearningGroupOutputException(
        LearningGroupOutputErrorCode.GROUP_NOT_FOUND,
        'Group not found.',
      );
    }
    return { memberIds, facilitatorId };
  }

  list(learningGroupId: string, groupNumber: number, viewer: Viewer) {
    return this.participants(learningGroupId, groupNumber, viewer).then(() =>
      this.outputs.listForGroup(learningGroupId, groupNumber),
    );
  }

  /** The output if the viewer takes part in its group; else OUTPUT_NOT_FOUND. */
  async visible(
    outputId: string,
    viewer: Viewer,
  ): Promise<{ output: LearningGroupOutputEntity; participants: GroupParticipants }> {
    const output = await this.outputs.findById(outputId);
    if (!output) throw outputNotFound();
    try {
      const participants = await this.participants(
        output.learningGroupId,
        output.groupNumber,
        viewer,
      );
      return { output, participants };
    } catch (error) {
      if (error instanceof LearningGroupOutputException) throw outputNotFound();
      throw error;
    }
  }

  async create(
    viewer: Viewer,
    input: CreateLearningGroupOutputInput,
  ): Promise<LearningGroupOutputEntity> {
    await this.participants(input.learningGroupId, input.groupNumber, viewer);
    return this.dataSource.transaction((manager) =>
      this.outputs.insert(
        {
          learningGroupId: input.learningGroupId,
          groupNumber: input.groupNumber,
          type: input.type,
          title: input.title.trim(),
          body: input.body,
          createdBy: viewer.memberId!,
        },
        manager,
      ),
    );
  }

  /** Saves a new text (the version the editor started from must still be current). */
  async update(
    viewer: Viewer,
    input: UpdateLearningGroupOutputInput,
  ): Promise<LearningGroupOutputEntity> {
    await this.visible(input.outputId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const output = await this.outputs.lockById(input.outputId, manager);
      if (!output) throw outputNotFound();
      if (output.publishedAt) throw alreadyPublished();
      if (output.version !== input.version) throw versionChanged(output.version);
      const next = {
        title: input.title?.trim() ?? output.title,
        body: input.body ?? output.body,
        type: input.type ?? output.type,
      };
      if (next.title === output.title && next.body === output.body && next.type === output.type)
        return output;
      return this.outputs.saveText(output, next, viewer.memberId!, manager);
    });
  }

  /** A group member approves the version they read. */
  async approve(
    viewer: Viewer,
    outputId: string,
    version: number,
  ): Promise<LearningGroupOutputEntity> {
    const { participants } = await this.visible(outputId, viewer);
    if (!participants.memberIds.includes(viewer.memberId!)) {
      throw new LearningGroupOutputException(
        LearningGroupOutputErrorCode.GROUP_MEMBER_REQUIRED,
        'Only the members of the group approve its output.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const output = await this.outputs.lockById(outputId, manager);
      if (!output) throw outputNotFound();
      if (output.publishedAt) throw alreadyPublished();
      if (output.version !== version) throw versionChanged(output.version);
      await this.outputs.approve(output.id, viewer.memberId!, version, manager);
      return output;
    });
  }

  /**
   * The facilitator or a member publishes, to a CoP they may post in or (no communityId) to the
   * whole platform; every member must have approved the current version. It joins the harvest.
   */
  async publish(
    viewer: Viewer,
    input: PublishLearningGroupOutputInput,
  ): Promise<LearningGroupOutputEntity> {
    await this.visible(input.outputId, viewer);
    if (input.communityId) {
      try {
        await this.communities.participant(input.communityId, viewer);
      } catch (error) {
        if (error instanceof CommunityException) {
          throw new LearningGroupOutputException(
            LearningGroupOutputErrorCode.CANNOT_PUBLISH_TO_COMMUNITY,
            'You can only publish to a community you are an active member of.',
            [{ field: 'communityId', message: 'Choose a community you are a member of.' }],
          );
        }
        throw error;
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const output = await this.outputs.lockById(input.outputId, manager);
      if (!output) throw outputNotFound();
      if (output.publishedAt) throw alreadyPublished();
      const memberIds = await this.outputs.groupMemberIds(
        output.learningGroupId,
        output.groupNumber,
        manager,
      );
      const approved = new Set(
        (await this.outputs.approvals(output.id, output.version, manager)).map((a) => a.memberId),
      );
      const missing = memberIds.filter((id) => !approved.has(id));
      if (missing.length) {
        throw new LearningGroupOutputException(
          LearningGroupOutputErrorCode.NOT_ALL_APPROVED,
          'Every member of the group must approve this version before it is published.',
          [],
          { notApprovedBy: missing, version: output.version },
        );
      }
      const communityId = input.communityId ?? null;
      const harvestLessonId = await this.harvest.publish(
        {
          communityId,
          authorId: viewer.memberId!,
          title: output.title,
          description: output.body,
          type: LessonType.PROFESSIONAL_DEVELOPMENT,
          audience: communityId ? HarvestAudience.MEMBERS : HarvestAudience.PLATFORM,
          source: HarvestSource.LEARNING_GROUP_OUTPUT,
          sourceId: output.id,
          contributorIds: memberIds,
        },
        manager,
      );
      const published = await this.outputs.markPublished(
        output.id,
        { publishedBy: viewer.memberId!, communityId, harvestLessonId },
        manager,
      );
      await recordEvent(manager, learningGroupOutputPublished, {
        outputId: output.id,
        learningGroupId: output.learningGroupId,
        groupNumber: output.groupNumber,
        publishedBy: viewer.memberId!,
        communityId,
        harvestLessonId,
        memberIds,
      });
      return published;
    });
  }

  revisions(outputId: string) {
    return this.outputs.revisions(outputId);
  }

  approvals(output: LearningGroupOutputEntity) {
    return this.outputs.approvals(output.id, output.version);
  }

  groupMemberIds(output: LearningGroupOutputEntity) {
    return this.outputs.groupMemberIds(output.learningGroupId, output.groupNumber);
  }
}

const alreadyPublished = () =>
  new LearningGroupOutputException(
    LearningGroupOutputErrorCode.ALREADY_PUBLISHED,
    'This output has been published; it can no longer change.',
  );

const versionChanged = (current: number) =>
  new LearningGroupOutputException(
    LearningGroupOutputErrorCode.OUTPUT_VERSION_CHANGED,
    'Someone saved a newer version meanwhile: read it first.',
    [{ field: 'version', message: 'Reload the latest version.' }],
    { currentVersion: current },
  );
