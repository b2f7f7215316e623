import { OrganisationType } from './entities/organisation.entity';

/**
 * Which parent types each organisation type may have. Ministries, agencies, inspectorates,
 * other governments and partners may stand alone; DGs sit under ministries, directies under
 * DGs (or directly under a ministry, as at AZ).
 */
const ALLOWED_PARENTS: Record<OrganisationType, (OrganisationType | null)[]> = {
  MINISTRY: [null],
  DIRECTORATE_GENERAL: [OrganisationType.MINISTRY],
  DIRECTORATE: [OrganisationType.DIRECTORATE_GENERAL, OrganisationType.MINISTRY],
  EXECUTIVE_AGENCY: [null, OrganisationType.MINISTRY, OrganisationType.DIRECTORATE_GENERAL],
  INSPECTORATE: [null, OrganisationType.MINISTRY],
  PROVINCE: [null],
  MUNICIPALITY: [null],
  WATER_BOARD: [null],
  PARTNER: [null],
};

export function canHaveParent(
  type: OrganisationType,
  parentType: OrganisationType | null,
): boolean {
  return ALLOWED_PARENTS[type].includes(parentType);
}

export function allowedParentTypes(type: OrganisationType): (OrganisationType | null)[] {
  return ALLOWED_PARENTS[type];
}
