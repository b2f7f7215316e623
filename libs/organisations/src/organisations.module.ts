import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [DatabaseModule.forFeature([OrganisationEntity])],
  providers: [
    OrganisationRepository,
    OrganisationService,
    OrganisationLoaders,
    OrganisationResolver,
  ],
  exports: [OrganisationService, OrganisationLoaders],
})
export class OrganisationsModule {}
