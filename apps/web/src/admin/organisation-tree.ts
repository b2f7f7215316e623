import type { OrganisationType } from '../gql/graphql';

export interface TreeOrganisation {
  id: string;
  name: string;
  abbreviation: string | null;
  type: OrganisationType;
  parentId: string | null;
}

export interface TreeRow extends TreeOrganisation {
  depth: number;
}

/**
 * Which parent types each type may have, as the API checks it (libs/organisations
 * organisation-tree.ts): the forms offer only parents the API will take.
 */
const ALLOWED_PARENTS: Record<OrganisationType, (OrganisationType | null)[]> = {
  MINISTRY: [null],
  DIRECTORATE_GENERAL: ['MINISTRY'],
  DIRECTORATE: ['DIRECTORATE_GENERAL', 'MINISTRY'],
  EXECUTIVE_AGENCY: [null, 'MINISTRY', 'DIRECTORATE_GENERAL'],
  INSPECTORATE: [null, 'MINISTRY'],
  PROVINCE: [null],
  MUNICIPALITY: [null],
  WATER_BOARD: [null],
  PARTNER: [null],
};

export const ORGANISATION_TYPES = Object.keys(ALLOWED_PARENTS) as OrganisationType[];

export const mayStandAlone = (type: OrganisationType) => ALLOWED_PARENTS[type].includes(null);

export const mayHaveParent = (type: OrganisationType, parentType: OrganisationType) =>
  ALLOWED_PARENTS[type].includes(parentType);

/** The tree in reading order: each organisation followed by its parts, by name at each level. */
export function flattenTree(all: TreeOrganisation[]): TreeRow[] {
  const byName = (a: TreeOrganisation, b: TreeOrganisation) =>
    a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
  const ids = new Set(all.map((o) => o.id));
  const children = new Map<string | null, TreeOrganisation[]>();
  for (const o of all) {
    // A parent outside the list (should not happen) shows the organisation at the top.
    const key = o.parentId && ids.has(o.parentId) ? o.parentId : null;
    children.set(key, [...(children.get(key) ?? []), o]);
  }
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const o of (children.get(parentId) ?? []).sort(byName)) {
      rows.push({ ...o, depth });
      walk(o.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The organisation and everything below it. */
export function branchIds(all: TreeOrganisation[], rootId: string): Set<string> {
  const branch = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of all) {
      if (o.parentId && branch.has(o.parentId) && !branch.has(o.id)) {
        branch.add(o.id);
        grew = true;
      }
    }
  }
  return branch;
}
