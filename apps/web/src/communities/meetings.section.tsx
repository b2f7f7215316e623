import { CommunityMeetings } from '../meetings/community-meetings';
import { useCommunityView } from './community-context';

/** /communities/<slug>/bijeenkomsten: upcoming meetings; coordinators and moderators plan one. */
export function MeetingsSection() {
  const { community, isMember } = useCommunityView();
  const role = community.viewerMembership?.role;
  return (
    <CommunityMeetings
      communityId={community.id}
      isMember={isMember}
      canSchedule={isMember && (role === 'COORDINATOR' || role === 'MODERATOR')}
    />
  );
}
