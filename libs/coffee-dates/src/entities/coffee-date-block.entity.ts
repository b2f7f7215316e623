import { Column, Entity, PrimaryColumn } from 'typeorm';

/** "Don't match me with": private to the member who made it; symmetric in the matching. */
@Entity('coffee_date_block')
export class CoffeeDateBlockEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'blocked_member_id', type: 'uuid' })
  blockedMemberId: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
