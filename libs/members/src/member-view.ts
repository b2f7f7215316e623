import type { Viewer } from '@leerhuis/platform-graphql';

import {
  DEFAULT_VISIBILITY,
  JobRole,
  MemberEntity,
  PROFILE_FIELDS,
  ProfileField,
  ProfileVisibility,
} from './entities/member.entity';

/** A member as one viewer may see them: hidden parts are null. */
export interface MemberView {
  id: string;
  name: string;
  email: string | null;
  organisationId: string | null;
  jobRole: JobRole | null;
  themes: string[] | null;
  bio: string | null;
  offer: string | null;
  seeking: string | null;
  language: 'nl' | 'en' | null;
  isViewer: boolean;
  /** Only for the member themself. */
  visibility: Record<ProfileField, ProfileVisibility> | null;
  platformRole: 'MEMBER' | 'ADMIN' | null;
}

export function effectiveVisibility(member: MemberEntity): Record<ProfileField, ProfileVisibility> {
  return { ...DEFAULT_VISIBILITY, ...member.visibility };
}

export function canSee(member: MemberEntity, field: ProfileField, viewer: Viewer | null): boolean {
  if (viewer?.memberId === member.id) return true;
  if (!viewer?.memberId) return false;
  return effectiveVisibility(member)[field] === ProfileVisibility.MEMBERS;
}

/** The single place where per-field privacy choices are applied. */
export function viewMember(member: MemberEntity, viewer: Viewer | null): MemberView {
  const self = viewer?.memberId === member.id;
  const show = <T>(field: ProfileField, value: T): T | null =>
    canSee(member, field, viewer) ? value : null;
  return {
    id: member.id,
    name: member.name,
    email: show('email', member.email),
    organisationId: show('organisation', member.organisationId),
    jobRole: show('jobRole', member.jobRole),
    themes: show('themes', member.themes),
    bio: show('bio', member.bio),
    offer: show('offer', member.offer),
    seeking: show('seeking', member.seeking),
    language: self ? member.language : null,
    isViewer: self,
    visibility: self ? effectiveVisibility(member) : null,
    platformRole: self || viewer?.role === 'ADMIN' ? member.platformRole : null,
  };
}

export { PROFILE_FIELDS };
