import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EmailDeliveryStatus')
export class EmailDeliveryStatusDto {
  @Field({ description: 'The address Leerhuis mails you at.' })
  address: string;

  @Field({
    description:
      'True when mail to your address bounced permanently: Leerhuis sends it nothing (except sign-in links) until you confirm it.',
  })
  suppressed: boolean;

  @Field(() => Date, { nullable: true, description: 'Since when mail is held back.' })
  since: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, in plain words and in the member's language.",
  })
  reason: string | null;
}

@ObjectType()
export class RequestEmailConfirmationPayload {
  @Field({ description: 'Always true: a confirmation link is on its way.' })
  accepted: boolean;

  @Field(() => Int)
  expiresInHours: number;
}

@ObjectType()
export class ConfirmEmailAddressPayload {
  @Field()
  confirmed: boolean;

  @Field()
  address: string;
}
