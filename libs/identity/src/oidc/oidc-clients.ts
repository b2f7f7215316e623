import { AppConfig, type OidcProviderConfig } from '@leerhuis/platform-config';

import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';

import { IdentityErrorCode, IdentityException } from '../identity.exception';

/** Discovery is cached this long; keys rotate through the JWKS, which refreshes on its own. */
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
/** A provider that does not answer within this many seconds counts as down. */
const TIMEOUT_SECONDS = 5;

/** The configured providers and their discovered metadata (openid-client Configurations). */
@Injectable()
export class OidcClients {
  private readonly logger = new Logger('OidcClients');
  private readonly discovered = new Map<
    string,
    { at: number; configuration: Promise<oidc.Configuration> }
  >();

  constructor(private readonly config: AppConfig) {}

  list(): OidcProviderConfig[] {
    return this.config.oidcProviders;
  }

  provider(id: string): OidcProviderConfig {
    const provider = this.config.oidcProviders.find((p) => p.id === id);
    if (!provider) {
      throw new IdentityException(
        IdentityErrorCode.OIDC_PROVIDER_UNKNOWN,
        `There is no sign-in provider "${id}".`,
      );
    }
    return provider;
  }

  /** Where the provider sends the browser back: register this URL at the provider. */
  callbackUrl(provider: OidcProviderConfig): URL {
    return new URL(`/auth/oidc/${provider.id}/callback`, this.config.PUBLIC_URL);
  }

  /** The provider's metadata, discovered once per hour; a failed discovery is not cached. */
  async configuration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    const cached = this.discovered.get(provider.id);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS)
      return this.unavailableOnError(provider, cached.configuration);
    const configuration = this.discover(provider);
    this.discovered.set(provider.id, { at: Date.now(), configuration });
    configuration.catch(() => {
      if (this.discovered.get(provider.id)?.configuration === configuration) {
        this.discovered.delete(provider.id);
      }
    });
    return this.unavailableOnError(provider, configuration);
  }

  private async discover(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    // Plain http only outside production (AppConfig refuses it there): the tests' provider.
    const insecure = new URL(provider.issuer).protocol === 'http:';
    const configuration = await oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      provider.clientSecret,
      undefined,
      { timeout: TIMEOUT_SECONDS, execute: insecure ? [oidc.allowInsecureRequests] : [] },
    );
    // Without this the ID token's signature is trusted on the strength of TLS alone.
    oidc.enableNonRepudiationChecks(configuration);
    return configuration;
  }

  private async unavailableOnError(
    provider: OidcProviderConfig,
    configuration: Promise<oidc.Configuration>,
  ): Promise<oidc.Configuration> {
    try {
      return await configuration;
    } catch (error) {
      this.logger.warn(`discovery of OIDC provider "${provider.id}" failed: ${describe(error)}`);
      throw new IdentityException(
        IdentityErrorCode.OIDC_PROVIDER_UNAVAILABLE,
        `${provider.label} cannot be reached right now.`,
      );
    }
  }
}

/** An error's name, code and message for the log: never tokens or secrets. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}${cause}`;
}
