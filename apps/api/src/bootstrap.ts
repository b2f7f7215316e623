import { SessionService } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import {
  createLogger,
  httpLoggingMiddleware,
  PinoNestLogger,
} from '@leerhuis/platform-observability';
import { QueueProducer } from '@leerhuis/platform-queue';

import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';

import { BULL_BOARD_PATH, bullBoard } from './admin/bull-board';
import { AppModule } from './app.module';

/** Builds the API application; main.ts listens, integration tests use it in-process. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createLogger({ name: 'api', level: config.LOG_LEVEL });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.disable('x-powered-by');
  app.use(httpLoggingMiddleware(logger));
  app.use(cookieParser());
  app.use(BULL_BOARD_PATH, ...bullBoard(app.get(QueueProducer), app.get(SessionService)));
  return app;
}
