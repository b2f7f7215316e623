import { MemberDto } from '@leerhuis/members';

import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The signed-in person: an email address, and a member once the profile is complete. */
@ObjectType('Viewer')
export class ViewerDto {
  @Field()
  email: string;

  @Field({ description: 'True until the short profile is completed (completeProfile).' })
  needsProfile: boolean;

  @Field(() => MemberDto, { nullable: true })
  member: MemberDto | null;
}

@ObjectType()
export class RequestSignInLinkPayload {
  @Field({ description: 'Always true: whether the address is known is not revealed.' })
  accepted: boolean;

  @Field(() => Int)
  expiresInMinutes: number;
}

@ObjectType()
export class SignInPayload {
  @Field({
    description: 'Session token for API clients (Authorization: Bearer); browsers get a cookie.',
  })
  sessionToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => ViewerDto)
  viewer: ViewerDto;
}
