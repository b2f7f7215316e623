import { type Language, useLanguage } from '../i18n';

// Texts for signing in with an organisation account (OpenID Connect); the emailed link's
// texts stay in i18n.tsx.
const nl = {
  accountTitle: 'Met je organisatie-account',
  accountIntro: 'Log in met het account waarmee je ook op je werk inlogt.',
  accountButton: (label: string) => `Inloggen met ${label}`,
  emailTitle: 'Met een link per e-mail',
  failedTitle: (label: string | null) =>
    label ? `Inloggen met ${label} lukte niet` : 'Inloggen lukte niet',
  provider: 'deze aanbieder',
  failures: {
    OIDC_PROVIDER_UNKNOWN: () =>
      'Deze manier van inloggen bestaat niet (meer). Kies hieronder een andere.',
    OIDC_PROVIDER_UNAVAILABLE: (label: string) =>
      `${label} is nu niet bereikbaar. Probeer het later opnieuw, of log hieronder in met een link per e-mail.`,
    OIDC_STATE_INVALID: () =>
      'Deze inlogpoging is verlopen, al gebruikt of in een ander venster begonnen. Begin opnieuw.',
    OIDC_DENIED: (label: string) => `${label} heeft je niet ingelogd. Probeer het opnieuw.`,
    OIDC_TOKEN_INVALID: (label: string) =>
      `Het antwoord van ${label} kon niet worden gecontroleerd. Probeer het opnieuw, of log in met een link per e-mail.`,
    OIDC_EMAIL_UNVERIFIED: (label: string) =>
      `${label} heeft niet bevestigd dat je e-mailadres klopt. Log in met een link per e-mail.`,
    OIDC_EMAIL_NOT_ALLOWED: (label: string) =>
      `Met ${label} kunnen alleen adressen van de aangesloten organisaties inloggen. Log in met een link per e-mail.`,
  } as Record<string, (label: string) => string>,
  otherFailure: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.',
};

type SignInMessages = typeof nl;

const en: SignInMessages = {
  accountTitle: 'With your organisation account',
  accountIntro: 'Sign in with the account you use at work.',
  accountButton: (label: string) => `Sign in with ${label}`,
  emailTitle: 'With a link by email',
  failedTitle: (label: string | null) =>
    label ? `Signing in with ${label} did not work` : 'Signing in did not work',
  provider: 'this provider',
  failures: {
    OIDC_PROVIDER_UNKNOWN: () =>
      'This way of signing in does not exist (any more). Choose another below.',
    OIDC_PROVIDER_UNAVAILABLE: (label: string) =>
      `${label} cannot be reached right now. Try again later, or sign in below with a link by email.`,
    OIDC_STATE_INVALID: () =>
      'This sign-in attempt has expired, was already used or was started in another window. Start again.',
    OIDC_DENIED: (label: string) => `${label} did not sign you in. Try again.`,
    OIDC_TOKEN_INVALID: (label: string) =>
      `The answer from ${label} could not be verified. Try again, or sign in with a link by email.`,
    OIDC_EMAIL_UNVERIFIED: (label: string) =>
      `${label} did not confirm that your email address is verified. Sign in with a link by email.`,
    OIDC_EMAIL_NOT_ALLOWED: (label: string) =>
      `Only addresses of the organisations that use ${label} can sign in with it. Sign in with a link by email.`,
  },
  otherFailure: 'Something went wrong while signing in. Try again.',
};

const dictionaries: Record<Language, SignInMessages> = { nl, en };

export function useSignInText() {
  const { lang } = useLanguage();
  return dictionaries[lang];
}
