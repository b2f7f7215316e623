import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class RequestSignInLinkInput {
  @Field({ description: 'Your work email address.' })
  @IsString()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be a valid email address, like naam@minbzk.nl' })
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'Language of the email for new addresses: nl (default) or en.',
  })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en';
}

@InputType()
export class SignInWithLinkInput {
  @Field({ description: 'The token from the sign-in link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}
