import { groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { IntervisionCaseEntity } from './entities/intervision-case.entity';
import { IntervisionCasePhaseEntity } from './entities/intervision-case-phase.entity';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';
import { IntervisionGroupMemberEntity } from './entities/intervision-group-member.entity';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { IntervisionGroupRepository } from './intervision-group.repository';

/** Per-request loaders: group members, phase runs and contributions of cases, batched. */
@Injectable()
export class IntervisionLoaders {
  constructor(
    private readonly caseRepository: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  /** Invited and active members of groups. */
  members(registry: LoaderRegistry) {
    return registry.get<string, IntervisionGroupMemberEntity[]>(
      'intervision.members',
      async (ids) => groupByKeys(ids, await this.groups.members(ids), (m) => m.groupId),
    );
  }

  /** Cases of groups, newest first. */
  cases(registry: LoaderRegistry) {
    return registry.get<string, IntervisionCaseEntity[]>('intervision.cases', async (ids) =>
      groupByKeys(ids, await this.caseRepository.listByGroups(ids), (c) => c.groupId),
    );
  }

  phaseRuns(registry: LoaderRegistry) {
    return registry.get<string, IntervisionCasePhaseEntity[]>(
      'intervision.phaseRuns',
      async (ids) => groupByKeys(ids, await this.caseRepository.phases(ids), (p) => p.caseId),
    );
  }

  contributions(registry: LoaderRegistry) {
    return registry.get<string, IntervisionContributionEntity[]>(
      'intervision.contributions',
      async (ids) =>
        groupByKeys(ids, await this.caseRepository.contributions(ids), (c) => c.caseId),
    );
  }
}
