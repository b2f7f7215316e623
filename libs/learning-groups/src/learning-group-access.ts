import type { Viewer } from '@leerhuis/platform-graphql';

import type { LearningGroupEntity } from './entities/learning-group.entity';

/** The facilitator (and platform admins) compose a leergroep and see every application. */
export const canFacilitate = (group: LearningGroupEntity, viewer: Viewer | null) =>
  !!viewer && (viewer.role === 'ADMIN' || viewer.memberId === group.facilitatorId);
