import { byKeys, groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationRepository } from './organisation.repository';

/** Batches organisation look-ups within one request (one SQL statement per field level). */
@Injectable()
export class OrganisationLoaders {
  constructor(private readonly organisations: OrganisationRepository) {}

  byId(registry: LoaderRegistry) {
    return registry.get<string, OrganisationEntity | null>('organisation.byId', async (ids) =>
      byKeys(ids, await this.organisations.findByIds(ids), (o) => o.id),
    );
  }

  children(registry: LoaderRegistry) {
    return registry.get<string, OrganisationEntity[]>('organisation.children', async (ids) =>
      groupByKeys(ids, await this.organisations.findChildren(ids), (o) => o.parentId!),
    );
  }
}
