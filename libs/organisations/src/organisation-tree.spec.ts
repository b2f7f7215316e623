import { OrganisationType } from './entities/organisation.entity';
import { canHaveParent } from './organisation-tree';

describe('canHaveParent', () => {
  it('puts DGs under ministries and directies under DGs', () => {
    expect(canHaveParent(OrganisationType.DIRECTORATE_GENERAL, OrganisationType.MINISTRY)).toBe(
      true,
    );
    expect(canHaveParent(OrganisationType.DIRECTORATE, OrganisationType.DIRECTORATE_GENERAL)).toBe(
      true,
    );
    expect(canHaveParent(OrganisationType.DIRECTORATE_GENERAL, null)).toBe(false);
    expect(canHaveParent(OrganisationType.MINISTRY, OrganisationType.MINISTRY)).toBe(false);
    expect(canHaveParent(OrganisationType.MUNICIPALITY, null)).toBe(true);
  });
});
