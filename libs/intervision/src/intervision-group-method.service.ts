import { InputValidationException, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  CopyIntervisionMethodInput,
  IntervisionPhaseInput,
  UpdateIntervisionMethodInput,
} from './dtos/intervision-method.input';
import { IntervisionMethodEntity } from './entities/intervision-method.entity';
import { IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { IntervisionAccess } from './intervision-access';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { MethodPhase, phaseProblems } from './intervision-method';
import { IntervisionMethodRepository } from './intervision-method.repository';

/** A group's methods: the shipped ones and the group's own copies, adapted by its moderators. */
@Injectable()
export class IntervisionGroupMethodService {
  constructor(
    private readonly groups: IntervisionGroupRepository,
    private readonly methodRepository: IntervisionMethodRepository,
    private readonly access: IntervisionAccess,
    private readonly dataSource: DataSource,
  ) {}

  async methods(viewer: Viewer, groupId: string): Promise<IntervisionMethodEntity[]> {
    await this.access.group(groupId, viewer, 'member');
    return this.methodRepository.methodsFor(groupId);
  }

  /** A moderator copies a shipped (or the group's) method and adapts it for the group. */
  async copyMethod(
    viewer: Viewer,
    input: CopyIntervisionMethodInput,
  ): Promise<IntervisionMethodEntity> {
    const { group } = await this.access.group(input.groupId, viewer, 'moderator');
    const source = await this.methodRepository.methodById(input.methodId);
    if (!source || (source.groupId !== null && source.groupId !== group.id)) {
      throw methodNotFound();
    }
    const phases = input.phases ? toPhases(input.phases) : source.phases;
    return this.dataSource.transaction(async (m) => {
      let key = `${source.key.replace(/-copy(-\d+)?$/, '')}-copy`;
      for (let n = 2; await this.methodRepository.methodKeyTaken(group.id, key, m); n++) {
        key = `${source.key.replace(/-copy(-\d+)?$/, '')}-copy-${n}`;
      }
      const method = await this.methodRepository.insertMethod(
        {
          groupId: group.id,
          key,
          basedOnId: source.id,
          nameNl: input.nameNl?.trim() || `${source.nameNl} (aangepast)`,
          nameEn: input.nameEn?.trim() || `${source.nameEn} (adapted)`,
          descriptionNl: source.descriptionNl,
          descriptionEn: source.descriptionEn,
          phases,
          createdBy: viewer.memberId!,
        },
        m,
      );
      await this.groups.audit(
        {
          groupId: group.id,
          actorId: viewer.memberId!,
          action: 'method.copied',
          detail: { methodId: method.id, basedOnId: source.id },
        },
        m,
      );
      return method;
    });
  }

  async updateMethod(
    viewer: Viewer,
    input: UpdateIntervisionMethodInput,
  ): Promise<IntervisionMethodEntity> {
    const method = await this.methodRepository.methodById(input.methodId);
    if (!method) throw methodNotFound();
    if (!method.groupId) {
      // Shipped methods are the same for everyone; a group adapts its own copy.
      throw new IntervisionException(
        IntervisionErrorCode.METHOD_NOT_EDITABLE,
        'A shipped method cannot be changed: copy it for your group first.',
      );
    }
    try {
      await this.access.group(method.groupId, viewer, 'moderator');
    } catch (error) {
      if (error instanceof IntervisionException && error.code === 'GROUP_NOT_FOUND') {
        throw methodNotFound();
      }
      throw error;
    }
    const changes: Partial<IntervisionMethodEntity> = {};
    if (input.nameNl) changes.nameNl = input.nameNl.trim();
    if (input.nameEn) changes.nameEn = input.nameEn.trim();
    if (input.phases) changes.phases = toPhases(input.phases);
    return this.dataSource.transaction(async (m) => {
      const updated = await this.methodRepository.updateMethod(method.id, changes, m);
      await this.groups.audit(
        {
          groupId: method.groupId!,
          actorId: viewer.memberId!,
          action: 'method.updated',
          detail: { methodId: method.id },
        },
        m,
      );
      return updated;
    });
  }
}

const methodNotFound = () =>
  new IntervisionException(IntervisionErrorCode.METHOD_NOT_FOUND, 'Method not found.', [
    { field: 'methodId', message: 'Choose a shipped method or one of this group.' },
  ]);

function toPhases(input: IntervisionPhaseInput[]): MethodPhase[] {
  const phases: MethodPhase[] = input.map((p) => ({
    key: p.key,
    titleNl: p.titleNl.trim(),
    titleEn: p.titleEn.trim(),
    instructionNl: p.instructionNl?.trim() ?? '',
    instructionEn: p.instructionEn?.trim() ?? '',
    writers: [...new Set(p.writers)],
    kinds: [...new Set(p.kinds)],
    durationMinutes: p.durationMinutes ?? null,
  }));
  const problems = phaseProblems(phases);
  if (problems.length > 0) throw new InputValidationException(problems);
  return phases;
}
