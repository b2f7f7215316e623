import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import { LearningGroupStatus } from '../entities/learning-group.entity';

@ArgsType()
export class LearningGroupsArgs extends ConnectionArgs {
  @Field(() => LearningGroupStatus, {
    nullable: true,
    description: 'Only leergroepen in this status.',
  })
  @IsOptional()
  @IsEnum(LearningGroupStatus)
  status?: LearningGroupStatus | null;
}
