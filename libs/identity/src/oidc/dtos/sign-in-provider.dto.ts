import { Field, ObjectType } from '@nestjs/graphql';

/** A provider members can sign in with instead of an emailed link. */
@ObjectType('SignInProvider')
export class SignInProviderDto {
  @Field({ description: 'The provider id, as in OIDC_PROVIDERS.' })
  id: string;

  @Field({ description: 'Its name on the sign-in button, e.g. "MinBZK-account".' })
  label: string;

  @Field({ description: 'Where the browser goes to sign in: GET, a full page load.' })
  startPath: string;
}
