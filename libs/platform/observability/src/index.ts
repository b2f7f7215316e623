export { httpLogging, redactUrl, requestIdOf } from './http-logging';
export { createLogger, PinoNestLogger } from './logger';
export type { RequestContext } from './request-context';
export { requestContext } from './request-context';
export { stopOnSignals } from './stop-on-signals';
