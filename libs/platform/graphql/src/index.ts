export {
  DomainException,
  domainException,
  ErrorKind,
  type FieldError,
  InputErrorCode,
  InputValidationException,
} from './errors/domain.exception';
export { DomainExceptionFilter } from './errors/domain-exception.filter';
export { createErrorFormatter } from './errors/format-error';
export { ServiceUnavailableFilter } from './errors/service-unavailable.filter';
export { createValidationPipe } from './errors/validation.pipe';
export { byKeys, groupByKeys, LoaderRegistry } from './loaders';
export {
  Connection,
  ConnectionArgs,
  type CursorPart,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  PageInfo,
  toConnection,
} from './pagination/connection';
export { type PersistedOperationManifest, persistedOperations } from './persisted-operations';
export { inputTextPlugin, operationTextProblems, textProblems } from './input-text.plugin';
export {
  type ExpensiveOperationLimits,
  FIELD_COSTS,
  operationBreadth,
  operationComplexity,
  operationDepth,
  queryLimitsPlugin,
} from './query-limits.plugin';
export {
  AdminGuard,
  AuthException,
  CurrentViewer,
  Loaders,
  MemberGuard,
  SignedInGuard,
} from './auth/auth.guards';
export type { GraphqlContext, PlatformRole, Viewer, ViewerRequest } from './auth/viewer';
export { ViewerCache, ViewerCacheModule } from './auth/viewer-cache';
export {
  isInfrastructureUnavailable,
  SERVICE_UNAVAILABLE_RETRY_SECONDS,
} from './errors/service-unavailable';
