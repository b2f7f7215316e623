import { byKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { MemberEntity } from './entities/member.entity';
import { MemberRepository } from './member.repository';

@Injectable()
export class MemberLoaders {
  constructor(private readonly members: MemberRepository) {}

  byId(registry: LoaderRegistry) {
    return registry.get<string, MemberEntity | null>('member.byId', async (ids) =>
      byKeys(ids, await this.members.findByIds(ids), (m) => m.id),
    );
  }
}
