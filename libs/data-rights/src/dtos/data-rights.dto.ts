import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ErasureResult {
  ERASED = 'ERASED',
  ALREADY_ERASED = 'ALREADY_ERASED',
}
registerEnumType(ErasureResult, { name: 'ErasureResult' });

@ObjectType()
export class DataRightsRequestPayload {
  @Field()
  accepted: boolean;

  @Field({ description: 'Until when the emailed link works.' })
  expiresAt: Date;
}

@ObjectType()
export class ErasureBlockerDto {
  @Field({ description: 'COMMUNITY, INTERVISION_GROUP or LEARNING_GROUP.' })
  kind: string;

  @Field()
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class EraseMemberPayload {
  @Field(() => ErasureResult)
  result: ErasureResult;
}
