export { AppConfig } from './app-config';
export { ConfigModule } from './config.module';
export { EnvVar, envVarMetadata } from './env-var.decorator';
export { ConfigValidationError, loadConfig, loadConfigOrExit } from './load-config';
export { oidcVariable, type OidcProviderConfig } from './oidc-providers';
