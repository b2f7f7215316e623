import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  ContributeToIntervisionCaseInput,
  EditIntervisionContributionInput,
} from './dtos/intervision-contribution.input';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';
import { intervisionContributionPosted } from './intervision.events';
import {
  caseNotFound,
  IntervisionErrorCode,
  IntervisionException,
  phaseClosed,
} from './intervision.exception';
import { IntervisionAccess, writingRole } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { allowedKinds, IntervisionRole } from './intervision-method';
import { IntervisionPhaseFlow } from './intervision-phase-flow';

/** Contributions to a case: written in its open phase, by the roles the phase lets write. */
@Injectable()
export class IntervisionContributionService {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly access: IntervisionAccess,
    private readonly flow: IntervisionPhaseFlow,
    private readonly dataSource: DataSource,
  ) {}

  /** A contribution to the current phase, if it is open and takes this kind from this role. */
  async contribute(
    viewer: Viewer,
    input: ContributeToIntervisionCaseInput,
  ): Promise<IntervisionContributionEntity> {
    const { context } = await this.access.case(input.caseId, viewer, 'member');
    return this.dataSource.transaction(async (m) => {
      const kase = await this.cases.lockById(input.caseId, m);
      if (!kase) throw caseNotFound();
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt) throw phaseClosed();
      const phase = kase.methodSnapshot!.phases[run.phaseIndex];
      const role = writingRole(context, kase, viewer.memberId)!;
      if (!phase.writers.includes(role)) {
        if (role === IntervisionRole.CASE_OWNER) {
          throw new IntervisionException(
            IntervisionErrorCode.CASE_OWNER_LISTENS_ONLY,
            'In this phase the case owner listens only.',
          );
        }
        throw new IntervisionException(
          IntervisionErrorCode.ROLE_MAY_NOT_WRITE,
          'Your role does not write in this phase.',
        );
      }
      const kinds = allowedKinds(phase, role);
      if (!kinds.includes(input.kind)) {
        throw new IntervisionException(
          IntervisionErrorCode.WRONG_KIND_FOR_PHASE,
          'This phase does not take this kind of contribution from you.',
          [{ field: 'kind', message: `Choose one of: ${kinds.join(', ')}.` }],
          { allowedKinds: kinds },
        );
      }
      const contribution = await this.cases.insertContribution(
        {
          caseId: kase.id,
          phaseIndex: run.phaseIndex,
          authorId: viewer.memberId!,
          authorRole: role,
          kind: input.kind,
          body: input.body.trim(),
        },
        m,
      );
      await recordEvent(m, intervisionContributionPosted, {
        caseId: kase.id,
        groupId: kase.groupId,
        phaseIndex: run.phaseIndex,
        contributionId: contribution.id,
        authorId: viewer.memberId!,
      });
      return contribution;
    });
  }

  /** The author edits while the contribution's phase is still open. */
  async editContribution(
    viewer: Viewer,
    input: EditIntervisionContributionInput,
  ): Promise<IntervisionContributionEntity> {
    const found = await this.cases.contributionById(input.contributionId);
    const notFound = () =>
      new IntervisionException(
        IntervisionErrorCode.CONTRIBUTION_NOT_FOUND,
        'Contribution not found.',
      );
    if (!found) throw notFound();
    try {
      await this.access.case(found.caseId, viewer, 'member');
    } catch (error) {
      if (error instanceof IntervisionException && error.code === 'CASE_NOT_FOUND') {
        throw notFound();
      }
      throw error;
    }
    if (found.authorId !== viewer.memberId) {
      throw new IntervisionException(
        IntervisionErrorCode.AUTHOR_REQUIRED,
        'Only its author can edit a contribution.',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const kase = await this.cases.lockById(found.caseId, m);
      if (!kase) throw notFound();
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt || run.phaseIndex !== found.phaseIndex) {
        throw new IntervisionException(
          IntervisionErrorCode.CONTRIBUTION_LOCKED,
          'The phase of this contribution has closed: it can no longer be edited.',
        );
      }
      return this.cases.updateContribution(found.id, input.body.trim(), m);
    });
  }
}
