import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class ConfirmEmailAddressInput {
  @Field({ description: 'The token from the confirmation link.' })
  @IsString()
  @MaxLength(600)
  token: string;
}

@InputType()
export class LiftEmailSuppressionInput {
  @Field()
  @IsString()
  @MaxLength(254, { message: 'address must be at most 254 characters' })
  @IsEmail({}, { message: 'address must be a valid email address' })
  address: string;
}

@InputType()
export class EmailSuppressionFilter {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also addresses that were lifted (history).',
  })
  @IsOptional()
  @IsBoolean()
  includeLifted = false;
}
