import { Connection, ConnectionArgs, toConnection } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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

export interface ChangedOrganisation extends NewOrganisation {
  id: string;
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
    const name = checkedName(input.name);
    return this.dataSource.transaction(async (manager) => {
      await this.assertParent(input.type, input.parentId ?? null, manager);
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
      if (!created) throw nameTaken(name);
      return created;
    });
  }

  /**
   * Renames an organisation, or changes its type or place in the tree (platform admins only).
   * Refuses a parent below the organisation itself, and a type its sub-organisations cannot
   * sit under.
   */
  async update(input: ChangedOrganisation): Promise<OrganisationEntity> {
    const name = checkedName(input.name);
    const parentId = input.parentId ?? null;
    return this.dataSource.transaction(async (manager) => {
      const [organisation] = await this.organisations.lockByIds([input.id], manager);
      if (!organisation) throw unknownOrganisation('id');
      if (
        parentId &&
        (parentId === input.id ||
          (await this.organisations.descendantIds(input.id, manager)).includes(parentId))
      ) {
        throw new OrganisationException(
          OrganisationErrorCode.PARENT_CYCLE,
          'An organisation cannot sit under itself or under one of its own sub-organisations.',
          [{ field: 'parentId', message: 'Choose an organisation outside this branch.' }],
        );
      }
      await this.assertParent(input.type, parentId, manager);
      const misfits = (await this.organisations.childTypes(input.id, manager)).filter(
        (child) => !canHaveParent(child, input.type),
      );
      if (misfits.length) {
        throw new OrganisationException(
          OrganisationErrorCode.CHILD_TYPE_NOT_ALLOWED,
          `Its sub-organisations (${misfits.join(', ')}) cannot sit under a ${input.type}.`,
          [{ field: 'type', message: 'Move or merge the sub-organisations first.' }],
        );
      }
      const updated = await this.organisations.update(
        input.id,
        { name, abbreviation: input.abbreviation?.trim() || null, type: input.type, parentId },
        manager,
      );
      if (!updated) throw nameTaken(name);
      return (await this.organisations.findById(input.id, manager))!;
    });
  }

  /**
   * Merges `sourceId` into `targetId` in one transaction: every member, link and
   * sub-organisation of the source moves to the target, then the source disappears.
   */
  async merge(sourceId: string, targetId: string): Promise<OrganisationEntity> {
    if (sourceId === targetId) {
      throw new OrganisationException(
        OrganisationErrorCode.MERGE_INTO_ITSELF,
        'An organisation cannot be merged into itself.',
        [{ field: 'targetId', message: 'Choose another organisation.' }],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.organisations.lockByIds([sourceId, targetId], manager);
      const source = locked.find((o) => o.id === sourceId);
      const target = locked.find((o) => o.id === targetId);
      if (!source) throw unknownOrganisation('sourceId');
      if (!target) throw unknownOrganisation('targetId');
      if ((await this.organisations.descendantIds(sourceId, manager)).includes(targetId)) {
        throw new OrganisationException(
          OrganisationErrorCode.MERGE_INTO_DESCENDANT,
          'An organisation cannot be merged into one of its own sub-organisations.',
          [{ field: 'targetId', message: 'Choose an organisation outside this branch.' }],
        );
      }
      // The same type keeps the tree's rules (and every reference's expectations) intact.
      if (source.type !== target.type) {
        throw new OrganisationException(
          OrganisationErrorCode.MERGE_TYPE_MISMATCH,
          `A ${source.type} can only be merged into another ${source.type}.`,
          [{ field: 'targetId', message: 'Choose an organisation of the same type.' }],
        );
      }
      const shared = await this.organisations.sharedChildNames(sourceId, targetId, manager);
      if (shared.length) {
        throw new OrganisationException(
          OrganisationErrorCode.MERGE_CHILD_NAME_CLASH,
          `Both have a sub-organisation named ${shared.map((n) => `"${n}"`).join(', ')}.`,
          [{ field: 'targetId', message: 'Merge or rename those sub-organisations first.' }],
        );
      }
      await this.organisations.moveReferences(sourceId, targetId, manager);
      await this.organisations.delete(sourceId, manager);
      return (await this.organisations.findById(targetId, manager))!;
    });
  }

  private async assertParent(
    type: OrganisationType,
    parentId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    let parentType: OrganisationType | null = null;
    if (parentId) {
      const parent = await this.organisations.findById(parentId, manager);
      if (!parent) {
        throw new OrganisationException(
          OrganisationErrorCode.PARENT_NOT_FOUND,
          'The parent organisation does not exist.',
          [{ field: 'parentId', message: 'Choose an existing organisation.' }],
        );
      }
      parentType = parent.type;
    }
    if (!canHaveParent(type, parentType)) {
      const allowed = allowedParentTypes(type)
        .map((t) => t ?? 'none')
        .join(', ');
      throw new OrganisationException(
        OrganisationErrorCode.PARENT_TYPE_NOT_ALLOWED,
        `A ${type} cannot sit under ${parentType ?? 'nothing'}.`,
        [{ field: 'parentId', message: `Allowed parents for ${type}: ${allowed}.` }],
      );
    }
  }
}

/** The trimmed name; refuses one that is too short once trimmed. */
function checkedName(raw: string): string {
  const name = raw.trim();
  if (name.length < 2) {
    throw new OrganisationException(OrganisationErrorCode.NAME_REQUIRED, 'A name is required.', [
      { field: 'name', message: 'name must be 2 to 200 characters' },
    ]);
  }
  return name;
}

const unknownOrganisation = (field: string) =>
  new OrganisationException(
    OrganisationErrorCode.UNKNOWN_ORGANISATION,
    'That organisation does not exist.',
    [{ field, message: 'Choose an existing organisation.' }],
  );

const nameTaken = (name: string) =>
  new OrganisationException(OrganisationErrorCode.NAME_TAKEN, `"${name}" already exists there.`, [
    {
      field: 'name',
      message: 'An organisation with this name already exists at this place in the tree.',
    },
  ]);
