import { DiscussionsSection as Discussions } from '../discussions/discussions-section';
import { useCommunityView } from './community-context';

/** /communities/<slug>/discussies: the threads and a form to start one (members only). */
export function DiscussionsSection() {
  const { community } = useCommunityView();
  return <Discussions community={community} />;
}
