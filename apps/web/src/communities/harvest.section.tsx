import { CommunityHarvest } from '../harvest/community-harvest';
import { useCommunityView } from './community-context';

/** /communities/<slug>/oogst: the CoP's lessons; members record one. */
export function HarvestSection() {
  const { community, isMember } = useCommunityView();
  return <CommunityHarvest communityId={community.id} isMember={isMember} />;
}
