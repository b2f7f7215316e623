import { AppConfig, type OidcProviderConfig } from '@leerhuis/platform-config';
import { DomainException } from '@leerhuis/platform-graphql';

import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';

import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { type IssuedSession, SessionRepository } from '../session.repository';
import { hashToken, looksLikeToken, normaliseEmail } from '../token';
import { OidcAccountRepository } from './oidc-account.repository';
import { OidcAttempts } from './oidc-attempts';
import { describe, OidcClients } from './oidc-clients';

export const OIDC_ATTEMPTS = Symbol('identity:oidc-attempts');

/**
 * Sign-in with an OpenID Connect provider: authorization code flow with PKCE, state and
 * nonce. openid-client checks the ID token (signature, issuer, audience, expiry, nonce);
 * this service decides who the verified person is in Leerhuis and opens the session.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clients: OidcClients,
    @Inject(OIDC_ATTEMPTS) private readonly attempts: OidcAttempts,
    private readonly accounts: OidcAccountRepository,
    private readonly sessions: SessionRepository,
  ) {}

  /** The URL at the provider to send the browser to; `browserKey` is the browser's cookie. */
  async start(providerId: string, browserKey: string, returnTo: string): Promise<URL> {
    const provider = this.clients.provider(providerId);
    const configuration = await this.clients.configuration(provider);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await this.attempts.save(state, {
      provider: provider.id,
      nonce,
      codeVerifier,
      browserHash: hashToken(browserKey),
      returnTo,
    });
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.clients.callbackUrl(provider).href,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Finishes the sign-in the provider sent the browser back from; opens a session. */
  async finish(
    providerId: string,
    query: URLSearchParams,
    browserKey: string | null,
    userAgent: string | null,
  ): Promise<{ session: IssuedSession; returnTo: string }> {
    const provider = this.clients.provider(providerId);
    const state = query.get('state') ?? '';
    // Taken (and so used up) before anything else: whatever happens next, it works once.
    const attempt = looksLikeToken(state) ? await this.attempts.take(state) : null;
    if (
      !attempt ||
      attempt.provider !== provider.id ||
      !browserKey ||
      hashToken(browserKey) !== attempt.browserHash
    ) {
      throw new IdentityException(
        IdentityErrorCode.OIDC_STATE_INVALID,
        'This sign-in attempt is unknown, expired or already used.',
      );
    }
    const configuration = await this.clients.configuration(provider);
    const callback = this.clients.callbackUrl(provider);
    callback.search = query.toString();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const linked = await this.accounts.linkedEmail(provider.id, claims.sub);
      const email = linked ?? (await this.verifiedEmail(provider, configuration, tokens, claims));
      this.checkDomain(provider, email);
      const session = await this.dataSource.transaction(async (manager) => {
        const linkedEmail = await this.accounts.recordSignIn(
          manager,
          provider.id,
          claims.sub,
          email,
        );
        return this.sessions.open(manager, linkedEmail, userAgent, this.config.SESSION_TTL_DAYS);
      });
      return { session, returnTo: attempt.returnTo };
    } catch (error) {
      throw this.refusal(provider, error);
    }
  }

  /** The address from the ID token, or else from userinfo; the provider must have verified it. */
  private async verifiedEmail(
    provider: OidcProviderConfig,
    configuration: oidc.Configuration,
    tokens: oidc.TokenEndpointResponse,
    claims: oidc.IDToken,
  ): Promise<string> {
    let { email, email_verified: verified } = claims as {
      email?: unknown;
      email_verified?: unknown;
    };
    if (typeof email !== 'string' || verified === undefined) {
      // Providers may keep these claims out of the ID token (oidc-provider does by default).
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      ({ email, email_verified: verified } = info);
    }
    if (
      typeof email !== 'string' ||
      !email.includes('@') ||
      !(verified === true || verified === 'true')
    ) {
      throw new IdentityException(
        IdentityErrorCode.OIDC_EMAIL_UNVERIFIED,
        `${provider.label} did not confirm that this email address is verified.`,
      );
    }
    return normaliseEmail(email);
  }

  private checkDomain(provider: OidcProviderConfig, email: string): void {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!provider.allowedDomains.includes(domain)) {
      throw new IdentityException(
        IdentityErrorCode.OIDC_EMAIL_NOT_ALLOWED,
        `Addresses at ${domain} cannot sign in with ${provider.label}.`,
      );
    }
  }

  /** What a failure means for the person signing in; the details go to the log only. */
  private refusal(provider: OidcProviderConfig, error: unknown): Error {
    if (error instanceof DomainException) return error;
    this.logger.warn(`OIDC sign-in with "${provider.id}" refused: ${describe(error)}`);
    if (error instanceof oidc.AuthorizationResponseError) {
      return new IdentityException(
        IdentityErrorCode.OIDC_DENIED,
        `${provider.label} did not sign you in.`,
      );
    }
    if (unreachable(error)) {
      return new IdentityException(
        IdentityErrorCode.OIDC_PROVIDER_UNAVAILABLE,
        `${provider.label} cannot be reached right now.`,
      );
    }
    if (!(error instanceof oidc.ClientError) && !(error instanceof oidc.ResponseBodyError)) {
      return error instanceof Error ? error : new Error(String(error));
    }
    return new IdentityException(
      IdentityErrorCode.OIDC_TOKEN_INVALID,
      `The answer from ${provider.label} could not be verified.`,
    );
  }
}

/** A network failure, a timeout or a server error at the provider: not the person's fault. */
function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  const status =
    (error as { status?: unknown }).status ??
    (error.cause as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 500;
}
