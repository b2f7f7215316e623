import { useApiQuery } from '../api-query';
import {
  CommunityIntervisionGroupsDocument,
  LearningGroupIntervisionGroupsDocument,
} from '../gql/graphql';
import { Heading } from '../ui';
import { CreateGroup, GroupList } from './groups.page';
import { useIntervisionText } from './messages';

interface SectionCommunity {
  id: string;
  viewerMembership?: { role: string; status: string } | null;
}

/**
 * The CoP page's "Intervisie": the groups I am in; coordinators and moderators start one
 * (`create`: in the beheer section, not in the members' list).
 */
export function IntervisionGroupsSection({
  community,
  create = true,
}: {
  community: SectionCommunity;
  create?: boolean;
}) {
  const { v } = useIntervisionText();
  const mine = community.viewerMembership;
  const isMember = mine?.status === 'ACTIVE';
  const canCreate =
    create && isMember && (mine.role === 'COORDINATOR' || mine.role === 'MODERATOR');
  const { data, failed } = useApiQuery(
    CommunityIntervisionGroupsDocument,
    { communityId: community.id },
    { enabled: isMember, select: (data) => data.intervisionGroups },
  );
  if (!isMember) return null;
  return (
    <section aria-labelledby="intervision" data-testid="part-intervision">
      <Heading level={2} id="intervision">
        {v.sectionTitle}
      </Heading>
      <GroupList groups={data} failed={failed} empty={v.sectionNone} />
      {canCreate && <CreateGroup communityId={community.id} />}
    </section>
  );
}

/**
 * The leergroep page's "Intervisie": the groups I am in; every participant (a placed member or
 * the facilitator) may start one. Hidden for everyone else.
 */
export function LearningGroupIntervisionSection({
  learningGroup,
}: {
  learningGroup: { id: string; viewerRole?: string | null };
}) {
  const { v } = useIntervisionText();
  const isParticipant = !!learningGroup.viewerRole;
  const { data, failed } = useApiQuery(
    LearningGroupIntervisionGroupsDocument,
    { learningGroupId: learningGroup.id },
    { enabled: isParticipant, select: (data) => data.intervisionGroups },
  );
  if (!isParticipant) return null;
  return (
    <section aria-labelledby="lg-intervision" data-testid="part-intervision">
      <Heading level={2} id="lg-intervision">
        {v.sectionTitle}
      </Heading>
      <GroupList groups={data} failed={failed} empty={v.learningGroupSectionNone} />
      <CreateGroup communityId={null} learningGroupId={learningGroup.id} />
    </section>
  );
}
