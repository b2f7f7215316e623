import { MemberSql } from '@leerhuis/members';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { ProgrammeEntity } from '../entities/programme.entity';
import {
  PeerIntroductionEntity,
  PeerIntroductionProposalEntity,
  PeerIntroductionStatus,
} from './entities/peer-introduction.entity';
import { PeerProgramme, PeerProposal } from './match-peers';

const toPeer = (p: ProgrammeEntity): PeerProgramme => ({
  programmeId: p.id,
  directorId: p.directorId,
  ministryId: p.ministryId,
  type: p.type,
  strategy: p.strategy,
  phase: p.phase,
  themes: p.themes ?? [],
});

@Injectable()
export class PeerIntroductionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PeerIntroductionEntity);
  }

  async ownProgramme(programmeId: string, directorId: string): Promise<PeerProgramme | null> {
    const p = await this.dataSource.manager
      .getRepository(ProgrammeEntity)
      .findOneBy({ id: programmeId, directorId });
    return p ? toPeer(p) : null;
  }

  /** Every programme of another director of an active member (the matcher filters further). */
  async otherProgrammes(directorId: string): Promise<PeerProgramme[]> {
    const rows = await this.dataSource.manager
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where('p.director_id <> :directorId', { directorId })
      .andWhere(`EXISTS (SELECT 1 FROM ${MemberSql.members} m WHERE m.id = p.director_id)`)
      .getMany();
    return rows.map(toPeer);
  }

  async create(
    requesterId: string,
    programmeId: string,
    proposals: PeerProposal[],
    manager: EntityManager,
  ): Promise<PeerIntroductionEntity> {
    const intro = await this.repo(manager).save(
      this.repo(manager).create({ requesterId, programmeId }),
    );
    if (proposals.length) {
      await manager.getRepository(PeerIntroductionProposalEntity).insert(
        proposals.map((p, i) => ({
          introductionId: intro.id,
          peerId: p.peerId,
          programmeId: p.programmeId,
          rank: i + 1,
          score: p.score,
          reasons: p.reasons,
        })),
      );
    }
    return intro;
  }

  findById(id: string): Promise<PeerIntroductionEntity | null> {
    return this.repo().findOneBy({ id });
  }

  lockById(id: string, manager: EntityManager): Promise<PeerIntroductionEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  proposals(introductionId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(PeerIntroductionProposalEntity)
      .find({ where: { introductionId }, order: { rank: 'ASC' } });
  }

  async update(
    id: string,
    changes: Partial<PeerIntroductionEntity>,
    manager: EntityManager,
  ): Promise<PeerIntroductionEntity> {
    await this.repo(manager).update({ id }, changes);
    return (await this.repo(manager).findOneBy({ id }))!;
  }

  /** Introductions the member asked for, and those where they were picked; newest first. */
  mine(memberId: string): Promise<PeerIntroductionEntity[]> {
    return this.repo()
      .createQueryBuilder('i')
      .where('i.requester_id = :memberId', { memberId })
      .orWhere('(i.peer_id = :memberId AND i.status <> :proposed)', {
        memberId,
        proposed: PeerIntroductionStatus.PROPOSED,
      })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  programmeNames(ids: string[]): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM programme WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
  }
}
