import { Module } from '@nestjs/common';

import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  providers: [OrganisationRepository, OrganisationService, OrganisationLoaders, OrganisationResolver],
  exports: [OrganisationService, OrganisationLoaders],
})
export class OrganisationsModule {}
