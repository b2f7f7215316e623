import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

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

@ArgsType()
export class LearningGroupArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a learning group id' })
  id: string;
}

@ArgsType()
export class LearningGroupApplicationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an application id' })
  id: string;
}
