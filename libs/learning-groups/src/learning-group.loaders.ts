import { byKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { ApplicationRepository } from './application.repository';
import { LearningGroupApplicationEntity } from './entities/learning-group-application.entity';
import { LearningGroupMemberEntity } from './entities/learning-group-member.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { LearningGroupRepository } from './learning-group.repository';
import { ProgrammeRepository } from './programme.repository';

/** Per-request batching for what a list of leergroepen or applications asks per row. */
@Injectable()
export class LearningGroupLoaders {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly applications: ApplicationRepository,
    private readonly groups: LearningGroupRepository,
  ) {}

  programmeById(registry: LoaderRegistry) {
    return registry.get<string, ProgrammeEntity | null>('programme.byId', async (ids) =>
      byKeys(ids, await this.programmes.findByIds(ids), (p) => p.id),
    );
  }

  /** The viewer's own application per leergroep (one viewer per request). */
  viewerApplication(registry: LoaderRegistry, memberId: string) {
    return registry.get<string, LearningGroupApplicationEntity | null>(
      'learningGroup.viewerApplication',
      async (ids) =>
        byKeys(ids, await this.applications.ofApplicant(memberId, ids), (a) => a.learningGroupId),
    );
  }

  /** The viewer's confirmed place per leergroep. */
  viewerPlace(registry: LoaderRegistry, memberId: string) {
    return registry.get<string, LearningGroupMemberEntity | null>(
      'learningGroup.viewerPlace',
      async (ids) =>
        byKeys(ids, await this.groups.placesOf(memberId, ids), (m) => m.learningGroupId),
    );
  }
}
