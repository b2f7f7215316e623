import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { peerIntroductionAccepted, peerIntroductionPicked } from '../learning-groups.events';
import {
  PeerIntroductionEntity,
  PeerIntroductionStatus,
} from './entities/peer-introduction.entity';
import { matchPeers } from './match-peers';
import {
  introductionNotFound,
  PeerIntroductionErrorCode,
  PeerIntroductionException,
} from './peer-introduction.exception';
import { PeerIntroductionRepository } from './peer-introduction.repository';

/**
 * Peer introductions: a programme director asks to meet a peer with a comparable programme in
 * another ministry; the matcher proposes up to three; the requester picks one; the peer accepts
 * or declines. Only the two of them see the introduction (the peer once picked).
 */
@Injectable()
export class PeerIntroductionService {
  constructor(
    private readonly introductions: PeerIntroductionRepository,
    private readonly dataSource: DataSource,
  ) {}

  async request(viewer: Viewer, programmeId: string | null | undefined) {
    const own = programmeId
      ? await this.introductions.ownProgramme(programmeId, viewer.memberId!)
      : null;
    if (!own) {
      throw new PeerIntroductionException(
        PeerIntroductionErrorCode.PROGRAMME_REQUIRED,
        'Describe your programme first, and ask for one of your own programmes.',
        [{ field: 'programmeId', message: 'Choose one of your programmes.' }],
      );
    }
    const proposals = matchPeers(own, await this.introductions.otherProgrammes(viewer.memberId!));
    return this.dataSource.transaction((manager) =>
      this.introductions.create(viewer.memberId!, own.programmeId, proposals, manager),
    );
  }

  /** The introduction if the viewer is its requester, or the picked peer. */
  async visible(id: string, viewer: Viewer): Promise<PeerIntroductionEntity> {
    const intro = await this.introductions.findById(id);
    if (!intro || !isParty(intro, viewer.memberId)) throw introductionNotFound();
    return intro;
  }

  mine(viewer: Viewer) {
    return this.introductions.mine(viewer.memberId!);
  }

  proposals(intro: PeerIntroductionEntity) {
    return this.introductions.proposals(intro.id);
  }

  async pick(viewer: Viewer, id: string, peerId: string): Promise<PeerIntroductionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const intro = await this.introductions.lockById(id, manager);
      if (!intro || !isParty(intro, viewer.memberId)) throw introductionNotFound();
      if (intro.requesterId !== viewer.memberId) {
        throw new PeerIntroductionException(
          PeerIntroductionErrorCode.NOT_YOUR_INTRODUCTION,
          'Only who asked for the introduction picks a peer.',
        );
      }
      if (intro.status !== PeerIntroductionStatus.PROPOSED) {
        throw new PeerIntroductionException(
          PeerIntroductionErrorCode.ALREADY_PICKED,
          'You already picked someone for this introduction.',
        );
      }
      const proposals = await this.introductions.proposals(intro.id, manager);
      if (!proposals.some((p) => p.peerId === peerId.toLowerCase())) {
        throw new PeerIntroductionException(
          PeerIntroductionErrorCode.PEER_NOT_PROPOSED,
          'Pick one of the people proposed.',
          [{ field: 'peerId', message: 'Choose one of the proposals.' }],
        );
      }
      const picked = await this.introductions.update(
        intro.id,
        {
          status: PeerIntroductionStatus.PICKED,
          peerId: peerId.toLowerCase(),
          pickedAt: new Date(),
        },
        manager,
      );
      await recordEvent(manager, peerIntroductionPicked, {
        introductionId: intro.id,
        requesterId: intro.requesterId,
        peerId: picked.peerId!,
      });
      return picked;
    });
  }

  async answer(viewer: Viewer, id: string, accept: boolean): Promise<PeerIntroductionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const intro = await this.introductions.lockById(id, manager);
      if (!intro || !isParty(intro, viewer.memberId)) throw introductionNotFound();
      if (intro.peerId !== viewer.memberId) {
        throw new PeerIntroductionException(
          PeerIntroductionErrorCode.NOT_YOUR_INTRODUCTION,
          'Only the person asked answers this introduction.',
        );
      }
      if (intro.status !== PeerIntroductionStatus.PICKED) {
        throw new PeerIntroductionException(
          PeerIntroductionErrorCode.ALREADY_ANSWERED,
          'You already answered this introduction.',
        );
      }
      const answered = await this.introductions.update(
        intro.id,
        {
          status: accept ? PeerIntroductionStatus.ACCEPTED : PeerIntroductionStatus.DECLINED,
          answeredAt: new Date(),
        },
        manager,
      );
      if (accept) {
        await recordEvent(manager, peerIntroductionAccepted, {
          introductionId: intro.id,
          requesterId: intro.requesterId,
          peerId: intro.peerId!,
        });
      }
      return answered;
    });
  }
}

function isParty(intro: PeerIntroductionEntity, memberId: string | null | undefined): boolean {
  if (!memberId) return false;
  return (
    intro.requesterId === memberId ||
    (intro.peerId === memberId && intro.status !== PeerIntroductionStatus.PROPOSED)
  );
}
