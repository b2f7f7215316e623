import { MembersPersonalData } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import { forgetEventsMentioning, recordEvent } from '@leerhuis/platform-events';
import { type Viewer, ViewerCache } from '@leerhuis/platform-graphql';
import type {
  DataSubject,
  ErasureBlocker,
  ErasureOptions,
  PersonalDataSource,
} from '@leerhuis/platform-personal-data';

import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { accountErasureRequested, dataExportRequested } from './data-rights.events';
import { DataRightsErrorCode, DataRightsException } from './data-rights.exception';
import { DataRightsRepository, type RequestKind } from './data-rights.repository';
import { PERSONAL_DATA_SOURCES } from './personal-data-sources';
import { generateToken, hashToken, looksLikeToken } from './token';

/** An erasure confirmation link is meant to be used right away. */
export const ERASURE_LINK_HOURS = 24;

export type ErasureOutcome = 'ERASED' | 'ALREADY_ERASED';

/** A subject with what the emails need. */
interface Requester extends DataSubject {
  language: 'nl' | 'en';
}

@Injectable()
export class DataRightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DataRightsRepository,
    private readonly config: AppConfig,
    private readonly members: MembersPersonalData,
    @Inject(PERSONAL_DATA_SOURCES) private readonly sources: PersonalDataSource[],
    // The API remembers sessions for a few seconds; an erased member's go at once.
    @Optional() private readonly viewers?: ViewerCache,
  ) {}

  /** Queues the export; the worker builds it and emails a single-use link. */
  async requestExport(viewer: Viewer): Promise<{ expiresAt: Date }> {
    const requester = await this.requester(viewer);
    const expiresAt = new Date(Date.now() + this.config.DATA_EXPORT_LINK_DAYS * 86_400_000);
    await this.createRequest('EXPORT', requester, { deleteOwnPosts: false }, expiresAt);
    return { expiresAt };
  }

  /** Checks the hand-over guard now (so the member hears at once), then emails a confirmation link. */
  async requestErasure(viewer: Viewer, options: ErasureOptions): Promise<{ expiresAt: Date }> {
    const requester = await this.requester(viewer);
    await this.assertNothingBlocks(requester);
    const expiresAt = new Date(Date.now() + ERASURE_LINK_HOURS * 3_600_000);
    await this.createRequest('ERASURE', requester, options, expiresAt);
    return { expiresAt };
  }

  async erasureBlockers(subject: DataSubject): Promise<ErasureBlocker[]> {
    const lists = await Promise.all(this.sources.map((s) => s.erasureBlockers?.(subject) ?? []));
    return lists.flat();
  }

  /** An admin carries out an erasure (for a member who asked by other means). */
  async eraseByAdmin(memberId: string, options: ErasureOptions): Promise<ErasureOutcome> {
    const subject = await this.members.subject(memberId);
    if (!subject) {
      await this.repository.audit(this.dataSource.manager, 'ERASED', 'ADMIN', null, {
        outcome: 'ALREADY_ERASED',
      });
      return 'ALREADY_ERASED';
    }
    return this.erase(subject, options, 'ADMIN', null);
  }

  /** What an emailed link would do, without doing it (the GET of the link page). */
  async inspectLink(kind: RequestKind, token: unknown): Promise<{ language: 'nl' | 'en' }> {
    if (!looksLikeToken(token)) throw invalidLink();
    const request = await this.repository.findByToken(kind, hashToken(token));
    if (!request) throw invalidLink();
    assertUsable(request);
    return { language: request.language };
  }

  /** Opens an export once: returns it and deletes the stored copy. */
  async openExport(
    token: unknown,
  ): Promise<{ content: unknown; html: string; language: 'nl' | 'en' }> {
    if (!looksLikeToken(token)) throw invalidLink();
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.findByTokenForUpdate(
        manager,
        'EXPORT',
        hashToken(token),
      );
      if (!request) throw invalidLink();
      assertUsable(request);
      const stored = await this.repository.takeExport(manager, request.id);
      if (!stored) throw invalidLink();
      await this.repository.markUsed(manager, request.id);
      await this.repository.audit(manager, 'EXPORT_OPENED', 'MEMBER', request.id);
      return { ...stored, language: request.language };
    });
  }

  /** The confirmation link: erases the account it was sent for. */
  async confirmErasure(
    token: unknown,
  ): Promise<{ outcome: ErasureOutcome; language: 'nl' | 'en' }> {
    if (!looksLikeToken(token)) throw invalidLink();
    const request = await this.repository.findByToken('ERASURE', hashToken(token));
    if (!request) throw invalidLink();
    assertUsable(request);
    const language = request.language;
    if (!request.memberId || !request.email) return { outcome: 'ALREADY_ERASED', language };
    const outcome = await this.erase(
      { memberId: request.memberId, email: request.email },
      { deleteOwnPosts: request.deleteOwnPosts },
      'MEMBER',
      request.id,
    );
    return { outcome, language };
  }

  /**
   * Runs every source's erasure in one transaction; the guard is checked again inside it.
   * Running it twice is harmless: the second finds no member and changes nothing.
   */
  private async erase(
    subject: DataSubject,
    options: ErasureOptions,
    actor: 'MEMBER' | 'ADMIN',
    requestId: string | null,
  ): Promise<ErasureOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      await this.repository.lockErasure(manager, subject.memberId);
      if (!(await this.members.subject(subject.memberId))) {
        if (requestId) await this.repository.markUsed(manager, requestId);
        return 'ALREADY_ERASED';
      }
      await this.assertNothingBlocks(subject);
      for (const source of this.sources) await source.erase(subject, options, manager);
      const events = await forgetEventsMentioning(manager, [subject.memberId, subject.email]);
      await this.repository.forgetMember(manager, subject.memberId, subject.email);
      await this.repository.audit(manager, 'ERASED', actor, requestId, {
        deleteOwnPosts: options.deleteOwnPosts,
        sources: this.sources.map((s) => s.section),
        outboxEventsForgotten: events,
      });
      return 'ERASED' as const;
    });
    this.viewers?.forgetMember(subject);
    return outcome;
  }

  private async assertNothingBlocks(subject: DataSubject): Promise<void> {
    const blockers = await this.erasureBlockers(subject);
    if (blockers.length === 0) return;
    throw new DataRightsException(
      DataRightsErrorCode.HAND_OVER_FIRST,
      `Hand over first: ${blockers.map((b) => b.name).join(', ')}.`,
      [],
      { blockers },
    );
  }

  private async createRequest(
    kind: RequestKind,
    requester: Requester,
    options: ErasureOptions,
    expiresAt: Date,
  ): Promise<void> {
    const { token, hash } = generateToken();
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const request = await this.repository.create(manager, {
        kind,
        memberId: requester.memberId,
        email: requester.email,
        language: requester.language,
        deleteOwnPosts: options.deleteOwnPosts,
        tokenHash: hash,
        expiresAt,
      });
      await this.repository.audit(
        manager,
        kind === 'EXPORT' ? 'EXPORT_REQUESTED' : 'ERASURE_REQUESTED',
        'MEMBER',
        request.id,
      );
      await recordEvent(
        manager,
        kind === 'EXPORT' ? dataExportRequested : accountErasureRequested,
        {
          requestId: request.id,
          email: requester.email,
          token,
          language: requester.language,
          expiresAt: expiresAt.toISOString(),
        },
      );
    });
  }

  private async requester(viewer: Viewer): Promise<Requester> {
    const subject = viewer.memberId ? await this.members.subject(viewer.memberId) : null;
    if (!subject) {
      throw new DataRightsException(DataRightsErrorCode.MEMBER_NOT_FOUND, 'No such member.');
    }
    return { memberId: subject.memberId, email: subject.email, language: subject.language };
  }
}

function invalidLink() {
  return new DataRightsException(DataRightsErrorCode.LINK_INVALID, 'This link is not valid.');
}

function assertUsable(request: { usedAt: Date | null; expiresAt: Date; memberId: string | null }) {
  if (request.usedAt) {
    throw new DataRightsException(DataRightsErrorCode.LINK_USED, 'This link was used already.');
  }
  if (new Date(request.expiresAt).getTime() < Date.now()) {
    throw new DataRightsException(DataRightsErrorCode.LINK_EXPIRED, 'This link has expired.');
  }
}
