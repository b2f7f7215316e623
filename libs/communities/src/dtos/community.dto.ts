import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CommunityPhase, CommunityStatus, JoinPolicy } from '../entities/community.entity';
import { CommunityRole, MembershipStatus } from '../entities/community-membership.entity';

registerEnumType(JoinPolicy, {
  name: 'JoinPolicy',
  description: 'How people get in: OPEN, ON_REQUEST, INVITE_ONLY, or HIDDEN (not discoverable).',
});
registerEnumType(CommunityPhase, {
  name: 'CommunityPhase',
  description: 'Lifecycle phase of a CoP, set by its coordinators; CLOSED also means handed over.',
});
registerEnumType(CommunityStatus, {
  name: 'CommunityStatus',
  description: 'PROPOSED until a platform admin approves it (or the policy opens it at once).',
});
registerEnumType(CommunityRole, { name: 'CommunityRole' });
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING: asked to join, waiting for a coordinator. ACTIVE: a member.',
});

/** The viewer's own place in a CoP. */
@ObjectType()
export class ViewerMembership {
  @Field(() => CommunityRole)
  role: CommunityRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;
}

/** A Community of Practice, as the viewer may see it. */
@ObjectType('Community')
export class CommunityDto {
  @Field(() => ID)
  id: string;

  @Field({ description: "Readable, unique part of the CoP's address." })
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'Purpose: what the CoP wants to achieve.' })
  goal: string;

  @Field({ description: 'Purpose: the field of work it is about.' })
  domain: string;

  @Field(() => [String], { description: 'The questions the members set themselves.' })
  centralQuestions: string[];

  @Field(() => [String])
  themes: string[];

  @Field()
  welcomeMessage: string;

  @Field(() => JoinPolicy)
  joinPolicy: JoinPolicy;

  @Field(() => CommunityPhase)
  phase: CommunityPhase;

  @Field(() => CommunityStatus)
  status: CommunityStatus;

  @Field({ description: 'Start date, YYYY-MM-DD.' })
  startsOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Planned end (YYYY-MM-DD): a CoP is temporary by design.',
  })
  plannedEndOn: string | null;

  @Field({ description: 'Last time someone joined, left or changed role (later: posted, met).' })
  lastActivityAt: Date;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class CommunityConnection extends Connection(CommunityDto, 'Community') {}

/** A member's place in a CoP: their role, or a pending request to join. */
@ObjectType('CommunityMembership')
export class CommunityMembershipDto {
  @Field(() => ID)
  id: string;

  @Field(() => CommunityRole)
  role: CommunityRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  joinedAt: Date | null;

  communityId: string;
  memberId: string;
  motivation: string;
}

@ObjectType()
export class CommunityMembershipConnection extends Connection(
  CommunityMembershipDto,
  'CommunityMembership',
) {}

@ObjectType()
export class JoinRequestDecision {
  @Field()
  approved: boolean;

  @Field(() => CommunityMembershipDto, {
    nullable: true,
    description: 'The new membership when approved; null when declined.',
  })
  membership: CommunityMembershipDto | null;
}

@ObjectType('CommunityInvitation')
export class CommunityInvitationDto {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  expiresAt: Date;

  communityId: string;
}
