import { CommunityAccess } from '@leerhuis/communities';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { BoundarySpannerProfiles } from './boundary-spanner-profiles';
import { ProfileEntity } from './entities/profile.entity';
import { ProfileRepository } from './profile.repository';
import { BoundarySpannerProfileSummary, ProfileVisibility } from './style';
import { TeamProfile, teamProfile } from './team-profile';

export const HISTORY_LIMIT = 50;

@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly summaries: BoundarySpannerProfiles,
    private readonly access: CommunityAccess,
  ) {}

  async mine(viewer: Viewer): Promise<BoundarySpannerProfileSummary | null> {
    return (await this.summaries.latestFor([viewer.memberId!])).get(viewer.memberId!) ?? null;
  }

  /** The viewer's profiles, newest first (the latest included). */
  history(viewer: Viewer): Promise<ProfileEntity[]> {
    return this.profiles.history(viewer.memberId!, HISTORY_LIMIT);
  }

  visibility(viewer: Viewer): Promise<ProfileVisibility> {
    return this.profiles.visibility(viewer.memberId!);
  }

  async setVisibility(viewer: Viewer, visibility: ProfileVisibility): Promise<ProfileVisibility> {
    await this.profiles.setVisibility(viewer.memberId!, visibility);
    return visibility;
  }

  /**
   * A CoP's team profile for one of its active members (NOT_FOUND when the viewer may not see
   * the CoP, FORBIDDEN for a non-member): only profiles shared with the viewer count.
   */
  async forCommunity(communityId: string, viewer: Viewer): Promise<TeamProfile> {
    await this.access.participant(communityId, viewer);
    return this.teamOf(communityId, viewer);
  }

  /** The aggregation, once the caller established the viewer is an active member. */
  async teamOf(communityId: string, viewer: Viewer): Promise<TeamProfile> {
    const memberIds = await this.profiles.activeCommunityMemberIds(communityId);
    const visible = await this.summaries.visibleTo(viewer.memberId!, memberIds);
    return teamProfile([...visible.values()], memberIds.length);
  }
}
