import { Column, Entity, PrimaryColumn } from 'typeorm';

import { CommunityNotificationMode } from '../notification-kinds';

/** A member's mode for one CoP; no row means DIGEST. */
@Entity('community_notification_setting')
export class CommunityNotificationSettingEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  mode: CommunityNotificationMode;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
