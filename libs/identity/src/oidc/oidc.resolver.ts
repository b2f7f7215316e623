import { Query, Resolver } from '@nestjs/graphql';

import { SignInProviderDto } from './dtos/sign-in-provider.dto';
import { OidcClients } from './oidc-clients';

@Resolver()
export class OidcResolver {
  constructor(private readonly clients: OidcClients) {}

  @Query(() => [SignInProviderDto], {
    description: 'Providers (OpenID Connect) to sign in with, beside the emailed link.',
  })
  signInProviders(): SignInProviderDto[] {
    return this.clients.list().map(({ id, label }) => ({
      id,
      label,
      startPath: `/auth/oidc/${id}/start`,
    }));
  }
}
