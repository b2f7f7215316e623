import type { IntervisionCaseDto, IntervisionGroupDto } from './dtos/intervision.dto';
import { IntervisionCaseEntity } from './entities/intervision-case.entity';
import { IntervisionGroupEntity } from './entities/intervision-group.entity';
import { GroupContext, viewerRoles } from './intervision-access';

/** A group as the viewer may see it. */
export function groupView(
  group: IntervisionGroupEntity,
  access: GroupContext,
): IntervisionGroupDto {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    context: group.context,
    confidentialityText: group.confidentialityText,
    confidentialityVersion: group.confidentialityVersion,
    followUpDays: Math.max(1, Math.round(group.followUpSeconds / 86_400)),
    createdAt: group.createdAt,
    communityId: group.communityId,
    learningGroupId: group.learningGroupId,
    access,
  };
}

/** A case as the viewer may see it: content only for active members of the group. */
export function caseView(
  kase: IntervisionCaseEntity,
  access: GroupContext,
  memberId: string | null,
): IntervisionCaseDto {
  const canRead = access.isMember;
  const content = <T>(value: T): T | null => (canRead ? value : null);
  return {
    id: kase.id,
    state: kase.state,
    currentPhaseIndex: kase.currentPhase,
    phaseCount: kase.methodSnapshot?.phases.length ?? 0,
    methodNameNl: kase.methodSnapshot?.nameNl ?? null,
    methodNameEn: kase.methodSnapshot?.nameEn ?? null,
    createdAt: kase.createdAt,
    acceptedAt: kase.acceptedAt,
    closedAt: kase.closedAt,
    title: content(kase.title),
    situationWhat: content(kase.situationWhat),
    situationWho: content(kase.situationWho),
    situationWhere: content(kase.situationWhere),
    situationWhen: content(kase.situationWhen),
    tried: content(kase.tried),
    question: content(kase.question),
    reflection: content(kase.reflection),
    nextStep: content(kase.nextStep),
    lessons: content(kase.lessons),
    shareConsent: content(kase.shareConsent),
    sharedScope: content(kase.sharedScope),
    followUpAskedAt: content(kase.followUpAskedAt),
    followUpAnswer: content(kase.followUpAnswer),
    viewerRoles: viewerRoles(access, kase, memberId),
    groupId: kase.groupId,
    ownerId: canRead ? kase.ownerId : null,
    access,
    canRead,
    phaseSnapshot: kase.methodSnapshot?.phases ?? null,
  };
}
