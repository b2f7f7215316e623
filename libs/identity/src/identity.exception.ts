import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum IdentityErrorCode {
  SIGN_IN_LINK_INVALID = 'SIGN_IN_LINK_INVALID',
  SIGN_IN_LINK_USED = 'SIGN_IN_LINK_USED',
  SIGN_IN_LINK_EXPIRED = 'SIGN_IN_LINK_EXPIRED',
  TOO_MANY_SIGN_IN_REQUESTS = 'TOO_MANY_SIGN_IN_REQUESTS',
  // Signing in with an OpenID Connect provider; the sign-in page explains each code.
  OIDC_PROVIDER_UNKNOWN = 'OIDC_PROVIDER_UNKNOWN',
  OIDC_PROVIDER_UNAVAILABLE = 'OIDC_PROVIDER_UNAVAILABLE',
  OIDC_STATE_INVALID = 'OIDC_STATE_INVALID',
  OIDC_DENIED = 'OIDC_DENIED',
  OIDC_TOKEN_INVALID = 'OIDC_TOKEN_INVALID',
  OIDC_EMAIL_UNVERIFIED = 'OIDC_EMAIL_UNVERIFIED',
  OIDC_EMAIL_NOT_ALLOWED = 'OIDC_EMAIL_NOT_ALLOWED',
}

export const IdentityException = domainException('IdentityException', {
  SIGN_IN_LINK_INVALID: ErrorKind.BAD_USER_INPUT,
  SIGN_IN_LINK_USED: ErrorKind.BAD_USER_INPUT,
  SIGN_IN_LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_SIGN_IN_REQUESTS: ErrorKind.RATE_LIMITED,
  OIDC_PROVIDER_UNKNOWN: ErrorKind.NOT_FOUND,
  OIDC_PROVIDER_UNAVAILABLE: ErrorKind.SERVICE_UNAVAILABLE,
  OIDC_STATE_INVALID: ErrorKind.BAD_USER_INPUT,
  OIDC_DENIED: ErrorKind.UNAUTHENTICATED,
  OIDC_TOKEN_INVALID: ErrorKind.UNAUTHENTICATED,
  OIDC_EMAIL_UNVERIFIED: ErrorKind.FORBIDDEN,
  OIDC_EMAIL_NOT_ALLOWED: ErrorKind.FORBIDDEN,
} satisfies Record<IdentityErrorCode, ErrorKind>);

/** Messages a person sees on the sign-in page, per language. */
export const SIGN_IN_LINK_MESSAGES: Record<string, { nl: string; en: string }> = {
  SIGN_IN_LINK_INVALID: {
    nl: 'Deze inloglink klopt niet. Vraag een nieuwe aan.',
    en: 'This sign-in link is not valid. Request a new one.',
  },
  SIGN_IN_LINK_USED: {
    nl: 'Deze inloglink is al gebruikt. Elke link werkt één keer; vraag een nieuwe aan.',
    en: 'This sign-in link has already been used. Each link works once; request a new one.',
  },
  SIGN_IN_LINK_EXPIRED: {
    nl: 'Deze inloglink is verlopen. Links zijn 15 minuten geldig; vraag een nieuwe aan.',
    en: 'This sign-in link has expired. Links are valid for 15 minutes; request a new one.',
  },
};
