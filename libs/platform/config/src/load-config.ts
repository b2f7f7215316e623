import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { AppConfig, DEVELOPMENT_MAIL_TOKEN_SECRET } from './app-config';
import { envVarMetadata } from './env-var.decorator';

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
  const errors = validateSync(config, { skipMissingProperties: false });
  const productionProblems =
    config.isProduction && config.MAIL_TOKEN_SECRET === DEVELOPMENT_MAIL_TOKEN_SECRET
      ? ['MAIL_TOKEN_SECRET is missing (production needs its own secret for unsubscribe links)']
      : [];
  if (errors.length > 0 || productionProblems.length > 0) {
    throw new ConfigValidationError([
      ...productionProblems,
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
