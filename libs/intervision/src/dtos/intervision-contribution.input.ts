import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';

import { ContributionKind } from '../intervision-method';

@InputType()
export class ContributeToIntervisionCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ContributionKind)
  @IsEnum(ContributionKind)
  kind: ContributionKind;

  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}

@InputType()
export class EditIntervisionContributionInput {
  @Field(() => ID)
  @IsUUID()
  contributionId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}
