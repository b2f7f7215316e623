import { groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { IntervisionCasePhaseEntity } from './entities/intervision-case-phase.entity';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';
import { IntervisionCaseRepository } from './intervision-case.repository';

/** Per-request loaders: phase runs and contributions of cases, batched. */
@Injectable()
export class IntervisionLoaders {
  constructor(private readonly cases: IntervisionCaseRepository) {}

  phaseRuns(registry: LoaderRegistry) {
    return registry.get<string, IntervisionCasePhaseEntity[]>(
      'intervision.phaseRuns',
      async (ids) => groupByKeys(ids, await this.cases.phases(ids), (p) => p.caseId),
    );
  }

  contributions(registry: LoaderRegistry) {
    return registry.get<string, IntervisionContributionEntity[]>(
      'intervision.contributions',
      async (ids) => groupByKeys(ids, await this.cases.contributions(ids), (c) => c.caseId),
    );
  }
}
