import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { IntervisionCaseEntity } from './entities/intervision-case.entity';
import { caseNotFound, IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { GroupContext } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';

export interface CaseInContext {
  kase: IntervisionCaseEntity;
  context: GroupContext;
}

/** Every change to a case runs with the case's row locked, and returns the case as it is then. */
@Injectable()
export class IntervisionCaseLock {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly dataSource: DataSource,
  ) {}

  async locked(
    caseId: string,
    context: GroupContext,
    work: (kase: IntervisionCaseEntity, m: EntityManager) => Promise<IntervisionCaseEntity>,
  ): Promise<CaseInContext> {
    const kase = await this.dataSource.transaction(async (m) => {
      const locked = await this.cases.lockById(caseId, m);
      if (!locked) throw caseNotFound();
      await work(locked, m);
      return (await this.cases.findById(caseId, m))!;
    });
    return { kase, context };
  }
}

export function assertOwner(kase: IntervisionCaseEntity, viewer: Viewer): void {
  if (kase.ownerId !== viewer.memberId) {
    throw new IntervisionException(
      IntervisionErrorCode.CASE_OWNER_REQUIRED,
      'Only the case owner may do this.',
    );
  }
}
