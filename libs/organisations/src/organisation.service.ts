import { Connection, ConnectionArgs, toConnection } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { OrganisationEntity, OrganisationType } from './entities/organisation.entity';
import { OrganisationErrorCode, OrganisationException } from './organisation.exception';
import {
  OrganisationFilter,
  OrganisationRepository,
  organisationSortKey,
} from './organisation.repository';
import { allowedParentTypes, canHaveParent } from './organisation-tree';

export interface NewOrganisation {
  name: string;
  abbreviation?: string | null;
  type: OrganisationType;
  parentId?: string | null;
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly dataSource: DataSource,
  ) {}

  async get(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) {
      throw new OrganisationException(
        OrganisationErrorCode.ORGANISATION_NOT_FOUND,
        'Organisation not found.',
      );
    }
    return organisation;
  }

  /** For other domains validating a reference: null when it does not exist. */
  find(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findById(id);
  }

  /** For filters on "this organisation": it and everything below it (a ministry and its DGs). */
  withDescendants(id: string): Promise<string[]> {
    return this.organisations.withDescendants(id);
  }

  async list(
    filter: OrganisationFilter,
    args: ConnectionArgs,
  ): Promise<Connection<OrganisationEntity>> {
    const [rows, total] = await Promise.all([
      this.organisations.page(filter, args.first, args.after),
      this.organisations.count(filter),
    ]);
    return toConnection(rows, args, organisationSortKey, total);
  }

  /** Adds an organisation to the tree (platform admins only; the resolver guards that). */
  async create(input: NewOrganisation): Promise<OrganisationEntity> {
    const name = input.name.trim();
    return this.dataSource.transaction(async (manager) => {
      let parentType: OrganisationType | null = null;
      if (input.parentId) {
        const parent = await this.organisations.findById(input.parentId, manager);
        if (!parent) {
          throw new OrganisationException(
            OrganisationErrorCode.PARENT_NOT_FOUND,
            'The parent organisation does not exist.',
            [{ field: 'parentId', message: 'Choose an existing organisation.' }],
          );
        }
        parentType = parent.type;
      }
      if (!canHaveParent(input.type, parentType)) {
        const allowed = allowedParentTypes(input.type)
          .map((t) => t ?? 'none')
          .join(', ');
        throw new OrganisationException(
          OrganisationErrorCode.PARENT_TYPE_NOT_ALLOWED,
          `A ${input.type} cannot sit under ${parentType ?? 'nothing'}.`,
          [{ field: 'parentId', message: `Allowed parents for ${input.type}: ${allowed}.` }],
        );
      }
      // Checked first for a clear answer; the unique index settles a race with a second admin.
      const taken = await this.organisations.nameTaken(name, input.parentId ?? null, manager);
      const created = taken
        ? null
        : await this.organisations.insert(
            {
              name,
              abbreviation: input.abbreviation?.trim() || null,
              type: input.type,
              parentId: input.parentId ?? null,
            },
            manager,
          );
      if (!created) {
        throw new OrganisationException(
          OrganisationErrorCode.NAME_TAKEN,
          `"${name}" already exists there.`,
          [
            {
              field: 'name',
              message: 'An organisation with this name already exists at this place in the tree.',
            },
          ],
        );
      }
      return created;
    });
  }
}
