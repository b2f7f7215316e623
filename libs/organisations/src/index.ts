export { OrganisationConnection, OrganisationDto } from './dtos/organisation.dto';
export { OrganisationEntity, OrganisationType } from './entities/organisation.entity';
export { OrganisationErrorCode, OrganisationException } from './organisation.exception';
export { OrganisationLoaders } from './organisation.loaders';
export { OrganisationService } from './organisation.service';
export { OrganisationsModule } from './organisations.module';
export { OrganisationSql } from './organisation-sql';
