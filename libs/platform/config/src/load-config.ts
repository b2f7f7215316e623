import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import {
  AppConfig,
  DEVELOPMENT_MAIL_TOKEN_SECRET,
  PUBLISHED_MAIL_TOKEN_SECRETS,
} from './app-config';
import { envVarMetadata } from './env-var.decorator';
import { readOidcProviders } from './oidc-providers';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Reads and validates the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = envVarMetadata(AppConfig);
  const plain: Record<string, string> = {};
  for (const name of known.keys()) {
    const value = env[name];
    // An empty string counts as unset, so `FOO=` in a .env file falls back to the default.
    if (value !== undefined && value !== '') plain[name] = value;
  }
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  // class-validator reports a subclass's own properties before the inherited ones: list the
  // problems in declaration order, as .env.example does.
  const order = [...known.keys()];
  const errors = validateSync(config, { skipMissingProperties: false }).sort(
    (a, b) => order.indexOf(a.property) - order.indexOf(b.property),
  );
  const productionProblems = config.isProduction ? productionSecretProblems(config) : [];
  // Each provider brings variables of its own (OIDC_<ID>_*), so they are read here.
  const oidc = readOidcProviders(config.OIDC_PROVIDERS ?? '', env, config.isProduction);
  config.oidcProviders = oidc.providers;
  if (errors.length > 0 || productionProblems.length > 0 || oidc.problems.length > 0) {
    throw new ConfigValidationError([
      ...productionProblems,
      ...oidc.problems,
      ...errors.map((error) => {
        const meta = known.get(error.property);
        const missing = plain[error.property] === undefined;
        if (missing) return `${error.property} is missing (${meta?.description ?? 'required'})`;
        const shown = meta?.sensitive ? '' : ` (got "${plain[error.property]}")`;
        return `${error.property} is invalid${shown}: ${Object.values(error.constraints ?? {}).join('; ')}`;
      }),
    ]);
  }
  return config;
}

// A secret needs this many different characters: 'x' repeated 40 times is not a secret.
const MIN_DISTINCT_SECRET_CHARACTERS = 10;

/** Production refuses secrets that are published in this repository or plainly guessable. */
function productionSecretProblems(config: AppConfig): string[] {
  const secret = config.MAIL_TOKEN_SECRET;
  if (secret === DEVELOPMENT_MAIL_TOKEN_SECRET)
    return ['MAIL_TOKEN_SECRET is missing (production needs its own secret for unsubscribe links)'];
  if (PUBLISHED_MAIL_TOKEN_SECRETS.includes(secret))
    return [
      'MAIL_TOKEN_SECRET is a published example value; production needs its own random secret of at least 32 characters (e.g. `openssl rand -hex 32`)',
    ];
  if (secret.length >= 32 && new Set(secret).size < MIN_DISTINCT_SECRET_CHARACTERS)
    return [
      `MAIL_TOKEN_SECRET is too easy to guess (fewer than ${MIN_DISTINCT_SECRET_CHARACTERS} different characters); use a random secret of at least 32 characters`,
    ];
  return [];
}

/** For process entry points: load the config or print what is wrong and exit. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}
