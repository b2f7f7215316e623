import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum JobRole {
  PROGRAMME_DIRECTOR = 'PROGRAMME_DIRECTOR',
  PROGRAMME_MANAGER = 'PROGRAMME_MANAGER',
  POLICY_OFFICER = 'POLICY_OFFICER',
  ADVISER = 'ADVISER',
  IMPLEMENTER = 'IMPLEMENTER',
  INSPECTOR = 'INSPECTOR',
  MANAGER = 'MANAGER',
  TRAINEE = 'TRAINEE',
  FACILITATOR = 'FACILITATOR',
  OTHER = 'OTHER',
}

export enum ProfileVisibility {
  /** Only the member (and nobody else, admins included). */
  PRIVATE = 'PRIVATE',
  /** Every signed-in member of Leerhuis. */
  MEMBERS = 'MEMBERS',
}

/** Profile parts with their own visibility choice; the name is always visible to members. */
export const PROFILE_FIELDS = [
  'email',
  'organisation',
  'jobRole',
  'themes',
  'bio',
  'offer',
  'seeking',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type VisibilitySettings = Partial<Record<ProfileField, ProfileVisibility>>;

export const DEFAULT_VISIBILITY: Record<ProfileField, ProfileVisibility> = {
  email: ProfileVisibility.PRIVATE,
  organisation: ProfileVisibility.MEMBERS,
  jobRole: ProfileVisibility.MEMBERS,
  themes: ProfileVisibility.MEMBERS,
  bio: ProfileVisibility.MEMBERS,
  offer: ProfileVisibility.MEMBERS,
  seeking: ProfileVisibility.MEMBERS,
};

@Entity('member')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'job_role', type: 'text' })
  jobRole: JobRole;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text', default: '' })
  offer: string;

  @Column({ type: 'text', default: '' })
  seeking: string;

  @Column({ type: 'text', default: 'nl' })
  language: 'nl' | 'en';

  @Column({ name: 'platform_role', type: 'text', default: 'MEMBER' })
  platformRole: 'MEMBER' | 'ADMIN';

  @Column({ type: 'jsonb', default: () => "'{}'" })
  visibility: VisibilitySettings;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
