import { MembersModule } from '@leerhuis/members';
import { MailLogModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { DataRightsController } from './data-rights.controller';
import { DataRightsRepository } from './data-rights.repository';
import { DataRightsResolver } from './data-rights.resolver';
import { DataRightsService } from './data-rights.service';
import { personalDataProviders } from './personal-data-sources';

/** API side of data rights: the requests, the link pages and erasure. */
@Module({
  // The email log's part of the personal data (EmailLogPersonalData) reads it.
  imports: [MembersModule, MailLogModule],
  controllers: [DataRightsController],
  providers: [
    ...personalDataProviders,
    DataRightsRepository,
    DataRightsService,
    DataRightsResolver,
  ],
})
export class DataRightsModule {}
