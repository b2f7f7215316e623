import 'reflect-metadata';

export interface EnvVarMetadata {
  description: string;
  /** Sensitive values are never printed, not even in validation errors. */
  sensitive?: boolean;
  /** Example value written to .env.example. */
  example?: string;
}

const ENV_VAR_METADATA = Symbol('leerhuis:env-var');

/** Documents an environment variable; `.env.example` is checked against these. */
export function EnvVar(metadata: EnvVarMetadata): PropertyDecorator {
  return (target, propertyKey) => {
    // A copy: a subclass (AppConfig extends InfrastructureConfig) inherits its parent's
    // variables, in declaration order, without adding its own to the parent's list.
    const all = new Map<string, EnvVarMetadata>(
      Reflect.getMetadata(ENV_VAR_METADATA, target.constructor) ?? [],
    );
    all.set(String(propertyKey), metadata);
    Reflect.defineMetadata(ENV_VAR_METADATA, all, target.constructor);
  };
}

export function envVarMetadata(target: object): Map<string, EnvVarMetadata> {
  return Reflect.getMetadata(ENV_VAR_METADATA, target) ?? new Map();
}
