import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CommunityInvitationEntity } from './entities/community-invitation.entity';

@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CommunityInvitationEntity);
  }

  /** Inviting an address again replaces its open invitation: only the newest link works. */
  async replace(
    values: Partial<CommunityInvitationEntity> & { communityId: string; email: string },
    manager: EntityManager,
  ): Promise<CommunityInvitationEntity> {
    await manager.query(
      `UPDATE community_invitation SET revoked_at = now()
        WHERE community_id = $1 AND lower(email) = lower($2)
          AND accepted_at IS NULL AND revoked_at IS NULL`,
      [values.communityId, values.email],
    );
    return insertAndReload(this.repo(manager), values);
  }

  findByTokenHash(tokenHash: string, manager?: EntityManager) {
    return this.repo(manager).findOneBy({ tokenHash });
  }

  /** Locks the invitation, so two clicks on one link cannot both use it. */
  lockByTokenHash(tokenHash: string, manager: EntityManager) {
    return this.repo(manager)
      .createQueryBuilder('i')
      .where('i.token_hash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markAccepted(id: string, memberId: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { acceptedAt: new Date(), acceptedBy: memberId });
  }
}
