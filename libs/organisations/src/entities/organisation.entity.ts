import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganisationType {
  MINISTRY = 'MINISTRY',
  DIRECTORATE_GENERAL = 'DIRECTORATE_GENERAL',
  DIRECTORATE = 'DIRECTORATE',
  EXECUTIVE_AGENCY = 'EXECUTIVE_AGENCY',
  INSPECTORATE = 'INSPECTORATE',
  PROVINCE = 'PROVINCE',
  MUNICIPALITY = 'MUNICIPALITY',
  WATER_BOARD = 'WATER_BOARD',
  PARTNER = 'PARTNER',
}

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  abbreviation: string | null;

  @Column({ type: 'text' })
  type: OrganisationType;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
