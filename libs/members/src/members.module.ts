import { OrganisationsModule } from '@leerhuis/organisations';
import { Module } from '@nestjs/common';

import { MemberLoaders } from './member.loaders';
import { MemberRepository } from './member.repository';
import { MemberResolver } from './member.resolver';
import { MemberService } from './member.service';

@Module({
  imports: [OrganisationsModule],
  providers: [MemberRepository, MemberService, MemberLoaders, MemberResolver],
  exports: [MemberService, MemberLoaders, MemberRepository],
})
export class MembersModule {}
