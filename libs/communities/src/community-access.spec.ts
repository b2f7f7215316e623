import type { Viewer } from '@leerhuis/platform-graphql';

import { canSee, canSeeMembers, hasRole } from './community-access';
import { CommunityStatus, JoinPolicy } from './entities/community.entity';
import { CommunityRole, MembershipStatus } from './entities/community-membership.entity';

const viewer = (role: 'MEMBER' | 'ADMIN' = 'MEMBER'): Viewer => ({
  sessionId: 's',
  email: 'a@minbzk.nl',
  memberId: 'm',
  role,
});
const active = (role: CommunityRole) => ({ role, status: MembershipStatus.ACTIVE });
const pending = { role: CommunityRole.MEMBER, status: MembershipStatus.PENDING };
const hidden = { status: CommunityStatus.ACTIVE, joinPolicy: JoinPolicy.HIDDEN };
const open = { status: CommunityStatus.ACTIVE, joinPolicy: JoinPolicy.OPEN };

describe('canSee', () => {
  it('does hide hidden and proposed CoPs from everyone but members and admins', () => {
    expect(canSee(hidden, viewer(), null)).toBe(false);
    expect(canSee(hidden, viewer(), pending)).toBe(false);
    expect(canSee(hidden, viewer(), active(CommunityRole.MEMBER))).toBe(true);
    expect(canSee(hidden, viewer('ADMIN'), null)).toBe(true);
    expect(canSee({ ...open, status: CommunityStatus.PROPOSED }, viewer(), null)).toBe(false);
    expect(canSee(open, viewer(), null)).toBe(true);
  });
});

describe('hasRole', () => {
  it('does rank coordinator above moderator above member, and ignore pending requests', () => {
    expect(hasRole(active(CommunityRole.COORDINATOR), CommunityRole.MODERATOR)).toBe(true);
    expect(hasRole(active(CommunityRole.MEMBER), CommunityRole.MODERATOR)).toBe(false);
    expect(hasRole({ ...pending, role: CommunityRole.COORDINATOR }, CommunityRole.MEMBER)).toBe(
      false,
    );
  });
});

describe('canSeeMembers', () => {
  it('does show the member list to members and admins only', () => {
    expect(canSeeMembers(viewer(), pending)).toBe(false);
    expect(canSeeMembers(viewer(), active(CommunityRole.MEMBER))).toBe(true);
    expect(canSeeMembers(viewer('ADMIN'), null)).toBe(true);
  });
});
