import type { Viewer } from '@leerhuis/platform-graphql';

import { JobRole, MemberEntity, ProfileVisibility } from './entities/member.entity';
import { viewMember } from './member-view';

const member = Object.assign(new MemberEntity(), {
  id: 'm1',
  email: 'anouk@minbzk.nl',
  name: 'Anouk',
  organisationId: 'org',
  jobRole: JobRole.ADVISER,
  themes: ['wonen'],
  bio: 'bio',
  offer: 'aanbod',
  seeking: 'vraag',
  language: 'nl' as const,
  platformRole: 'MEMBER' as const,
  visibility: { bio: ProfileVisibility.PRIVATE },
});
const viewer = (memberId: string | null): Viewer => ({
  sessionId: 's',
  email: 'x@y.nl',
  memberId,
  role: 'MEMBER',
});

describe('viewMember', () => {
  it('shows another member only what the member chose to share', () => {
    const view = viewMember(member, viewer('m2'));
    expect(view.name).toBe('Anouk');
    expect(view.email).toBeNull(); // private by default
    expect(view.bio).toBeNull(); // made private
    expect(view.organisationId).toBe('org');
    expect(view.visibility).toBeNull();
  });

  it('shows the member everything about themself, with their settings', () => {
    const view = viewMember(member, viewer('m1'));
    expect(view.email).toBe('anouk@minbzk.nl');
    expect(view.bio).toBe('bio');
    expect(view.visibility?.bio).toBe(ProfileVisibility.PRIVATE);
    expect(view.visibility?.email).toBe(ProfileVisibility.PRIVATE);
  });

  it('shows a session without a profile no profile parts', () => {
    const view = viewMember(member, viewer(null));
    expect(view.organisationId).toBeNull();
    expect(view.themes).toBeNull();
  });
});
