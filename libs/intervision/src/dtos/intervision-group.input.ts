import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateIntervisionGroupInput {
  @Field()
  @IsString()
  @Length(3, 120)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The CoP the group belongs to; neither this nor learningGroupId: standalone.',
  })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The leergroep the group belongs to (not together with communityId).',
  })
  @IsOptional()
  @IsUUID()
  learningGroupId?: string | null;

  @Field({ description: 'The confidentiality agreement every member accepts on joining.' })
  @IsString()
  @Length(10, 5000)
  confidentialityText: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days after closing a case that its owner is asked about the next step (28).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  followUpDays?: number | null;
}

@InputType()
export class IntervisionGroupRefInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;
}
