import { recordEvent } from '@leerhuis/platform-events';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { DescribeProgrammeInput, UpdateProgrammeInput } from './dtos/programme.input';
import { ProgrammeEntity } from './entities/programme.entity';
import {
  LearningGroupErrorCode,
  LearningGroupException,
  programmeNotFound,
} from './learning-group.exception';
import { programmeDescribed } from './learning-groups.events';
import { ProgrammeRepository } from './programme.repository';

/** Programme directors describe their own programmes; nobody else changes them. */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly dataSource: DataSource,
  ) {}

  mine(viewer: Viewer): Promise<ProgrammeEntity[]> {
    return this.programmes.forDirector(viewer.memberId!);
  }

  describe(viewer: Viewer, input: DescribeProgrammeInput): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMinistry(input.ministryId, manager);
      const programme = await this.programmes.insert(
        { ...fields(input), directorId: viewer.memberId! },
        manager,
      );
      await recordEvent(manager, programmeDescribed, {
        programmeId: programme.id,
        directorId: viewer.memberId!,
      });
      return programme;
    });
  }

  update(viewer: Viewer, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.own(viewer, input.programmeId, manager);
      await this.assertMinistry(input.ministryId, manager);
      return this.programmes.update(input.programmeId, fields(input), manager);
    });
  }

  /** A programme an application refers to stays: the facilitator composed with it. */
  delete(viewer: Viewer, programmeId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.own(viewer, programmeId, manager);
      if (await this.programmes.isUsed(programmeId, manager)) {
        throw new LearningGroupException(
          LearningGroupErrorCode.PROGRAMME_IN_USE,
          'This programme is part of an application to a leergroep.',
        );
      }
      await this.programmes.delete(programmeId, manager);
      return true;
    });
  }

  private async own(viewer: Viewer, programmeId: string, manager: EntityManager) {
    const programme = await this.programmes.findById(programmeId, manager);
    if (!programme || programme.directorId !== viewer.memberId) throw programmeNotFound();
    return programme;
  }

  private async assertMinistry(ministryId: string, manager: EntityManager) {
    if (!(await this.programmes.isMinistry(ministryId, manager))) {
      throw new LearningGroupException(
        LearningGroupErrorCode.INVALID_PROGRAMME,
        'The owning organisation must be a ministry.',
        [{ field: 'ministryId', message: 'ministryId must be a ministry' }],
      );
    }
  }
}

function fields(input: DescribeProgrammeInput): Partial<ProgrammeEntity> {
  return {
    name: input.name.trim(),
    ministryId: input.ministryId,
    type: input.type,
    strategy: input.strategy,
    phase: input.phase,
    themes: [...new Set((input.themes ?? []).map((t) => t.trim()).filter(Boolean))],
    hasBudget: input.hasBudget,
  };
}
