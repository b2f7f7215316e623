export { httpLoggingMiddleware, redactUrl } from './http-logging.middleware';
export { createLogger, PinoNestLogger } from './logger';
export type { RequestContext } from './request-context';
export { requestContext } from './request-context';
export { stopOnSignals } from './stop-on-signals';
