import { OrganisationsModule } from '@leerhuis/organisations';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { MemberEntity } from './entities/member.entity';
import { MemberLoaders } from './member.loaders';
import { MemberRepository } from './member.repository';
import { MemberResolver } from './member.resolver';
import { MemberService } from './member.service';
import { MemberSearch } from './member-search';

@Module({
  imports: [DatabaseModule.forFeature([MemberEntity]), OrganisationsModule],
  providers: [MemberRepository, MemberService, MemberLoaders, MemberResolver, MemberSearch],
  exports: [MemberService, MemberLoaders, MemberRepository, MemberSearch],
})
export class MembersModule {}
