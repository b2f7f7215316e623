import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';

import { requestContext } from './request-context';

/** One JSON line per event; the request id of the current request or job is added. */
export function createLogger(options: {
  level: string;
  name: string;
  /** Where the lines go; standard output unless a test captures them. */
  destination?: DestinationStream;
}): Logger {
  const settings: pino.LoggerOptions = {
    name: options.name,
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const context = requestContext.current();
      return context ? { requestId: context.requestId } : {};
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.token',
        '*.sessionToken',
      ],
      remove: true,
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

// Nest announces every module and route at start-up; useful when debugging, noise otherwise.
const BOOT_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'GraphQLModule',
]);

/** Lets Nest's own messages go through the same JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    if (context && BOOT_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
