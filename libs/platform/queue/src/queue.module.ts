import { Global, Module } from '@nestjs/common';

import { QueueProducer } from './queue-producer';

/** The producer side, for the API and the worker alike. */
@Global()
@Module({ providers: [QueueProducer], exports: [QueueProducer] })
export class QueueModule {}
