import { OrganisationService } from '@leerhuis/organisations';
import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';
import {
  Connection,
  ConnectionArgs,
  toConnection,
  Viewer,
  ViewerCache,
} from '@leerhuis/platform-graphql';

import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CompleteProfileInput, UpdateProfileInput } from './dtos/profile.input';
import { MemberEntity } from './entities/member.entity';
import { memberJoined } from './member.events';
import { MemberErrorCode, MemberException } from './member.exception';
import { MemberFilter, MemberRepository, memberSortKey } from './member.repository';
import { MemberView, viewMember } from './member-view';

@Injectable()
export class MemberService {
  constructor(
    private readonly members: MemberRepository,
    private readonly organisations: OrganisationService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    // The API's sessions remember their member and role for a few seconds; absent elsewhere.
    @Optional() private readonly viewers?: ViewerCache,
  ) {}

  async get(id: string, viewer: Viewer): Promise<MemberView> {
    const member = await this.members.findById(id);
    if (!member) throw new MemberException(MemberErrorCode.MEMBER_NOT_FOUND, 'Member not found.');
    return viewMember(member, viewer);
  }

  findByEmail(email: string): Promise<MemberEntity | null> {
    return this.members.findByEmail(email);
  }

  async list(
    filter: Omit<MemberFilter, 'viewerMemberId' | 'organisationIds'> & {
      organisationId?: string | null;
    },
    args: ConnectionArgs,
    viewer: Viewer,
  ): Promise<Connection<MemberView>> {
    const { organisationId, ...rest } = filter;
    const full: MemberFilter = {
      ...rest,
      organisationIds: organisationId
        ? await this.organisations.withDescendants(organisationId)
        : null,
      viewerMemberId: viewer.memberId!,
    };
    const [rows, total] = await Promise.all([
      this.members.page(full, args.first, args.after),
      this.members.count(full),
    ]);
    const connection = toConnection(rows, args, memberSortKey, total);
    const nodes = connection.nodes.map((m) => viewMember(m, viewer));
    return {
      ...connection,
      nodes,
      edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })),
    };
  }

  /** A new address becomes a member by completing the short profile. */
  async completeProfile(viewer: Viewer, input: CompleteProfileInput): Promise<MemberView> {
    const member = await this.dataSource.transaction(async (manager) => {
      if (viewer.memberId || (await this.members.findByEmail(viewer.email, manager))) {
        throw profileAlreadyComplete();
      }
      await this.assertOrganisation(input.organisationId, manager);
      const admins = this.config.ADMIN_EMAILS.split(',').map((e) => e.trim().toLowerCase());
      const member = await this.members.insert(
        {
          email: viewer.email,
          name: input.name.trim(),
          organisationId: input.organisationId,
          jobRole: input.jobRole,
          themes: normaliseThemes(input.themes ?? []),
          language: input.language ?? 'nl',
          platformRole: admins.includes(viewer.email.toLowerCase()) ? 'ADMIN' : 'MEMBER',
        },
        manager,
      );
      // The unique index on the address settles two completions at once.
      if (!member) throw profileAlreadyComplete();
      await recordEvent(manager, memberJoined, {
        memberId: member.id,
        organisationId: member.organisationId,
      });
      return viewMember(member, { ...viewer, memberId: member.id });
    });
    // The address's sessions now resolve to this member (and perhaps the admin role).
    this.viewers?.forgetMember({ email: viewer.email });
    return member;
  }

  /** Validates everything before writing, in one transaction: a refused update changes nothing. */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<MemberView> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.members.findById(viewer.memberId!, manager);
      if (!member) throw new MemberException(MemberErrorCode.MEMBER_NOT_FOUND, 'Member not found.');
      if (input.organisationId) await this.assertOrganisation(input.organisationId, manager);
      // A field left out or null stays as it is.
      const changes: Partial<MemberEntity> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.organisationId != null) changes.organisationId = input.organisationId;
      if (input.jobRole != null) changes.jobRole = input.jobRole;
      if (input.themes != null) changes.themes = normaliseThemes(input.themes);
      if (input.bio != null) changes.bio = input.bio.trim();
      if (input.offer != null) changes.offer = input.offer.trim();
      if (input.seeking != null) changes.seeking = input.seeking.trim();
      if (input.language != null) changes.language = input.language;
      if (input.visibility) {
        const chosen = Object.fromEntries(
          Object.entries(input.visibility).filter(([, v]) => v !== undefined && v !== null),
        );
        changes.visibility = { ...member.visibility, ...chosen };
      }
      const updated = await this.members.update(member.id, changes, manager);
      return viewMember(updated, viewer);
    });
  }

  /**
   * The language of every email to the member, of every domain (set from the notification
   * settings). In the caller's transaction.
   */
  setEmailLanguage(memberId: string, language: 'nl' | 'en', manager: EntityManager) {
    return this.members.setLanguage(memberId, language, manager);
  }

  /** Everyone with the platform admin role, by name (for admins). */
  async platformAdmins(viewer: Viewer): Promise<MemberView[]> {
    return (await this.members.admins()).map((m) => viewMember(m, viewer));
  }

  async setPlatformRole(
    viewer: Viewer,
    memberId: string,
    role: 'MEMBER' | 'ADMIN',
  ): Promise<MemberView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const member = await this.members.findById(memberId, manager);
      if (!member) throw new MemberException(MemberErrorCode.MEMBER_NOT_FOUND, 'Member not found.');
      if (
        member.platformRole === 'ADMIN' &&
        role === 'MEMBER' &&
        (await this.members.countAdminsForUpdate(manager)) <= 1
      ) {
        throw new MemberException(
          MemberErrorCode.LAST_ADMIN,
          'Leerhuis keeps at least one platform admin.',
        );
      }
      return viewMember(
        await this.members.update(memberId, { platformRole: role }, manager),
        viewer,
      );
    });
    // After the commit: the member's next request sees the new role.
    this.viewers?.forgetMember({ memberId });
    return view;
  }

  private async assertOrganisation(organisationId: string, _manager: EntityManager): Promise<void> {
    if (!(await this.organisations.find(organisationId))) {
      throw new MemberException(
        MemberErrorCode.UNKNOWN_ORGANISATION,
        'That organisation does not exist.',
        [{ field: 'organisationId', message: 'Choose an organisation from the list.' }],
      );
    }
  }
}

const profileAlreadyComplete = () =>
  new MemberException(
    MemberErrorCode.PROFILE_ALREADY_COMPLETE,
    'Your profile is already complete; use updateMyProfile.',
  );

/** Themes are compared case-insensitively; keep the first spelling, drop duplicates. */
export function normaliseThemes(themes: string[]): string[] {
  const seen = new Set<string>();
  return themes
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
