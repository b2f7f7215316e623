import { buildHandlerRegistry, HandlerRegistryError } from './handler-registry';
import type { JobDefinition } from './job-definition';
import { QueueName } from './queue-name';

const job = (name: string): JobDefinition<unknown> => ({
  queue: QueueName.Mail,
  name,
  options: {},
});
const handler = (definition: JobDefinition<unknown>, owner: string) => ({
  definition,
  owner,
  processor: { handle: async () => undefined },
});

describe('buildHandlerRegistry', () => {
  it('pairs each declared job with its handler', () => {
    const a = job('a');
    const registry = buildHandlerRegistry([a], [handler(a, 'AJob')]);
    expect(registry.get('mail:a')?.owner).toBe('AJob');
  });

  it('refuses a job without a handler, with two, and a handler for an undeclared job', () => {
    const a = job('a');
    const b = job('b');
    const stray = job('stray');
    let error: HandlerRegistryError | undefined;
    try {
      buildHandlerRegistry([a, b], [handler(b, 'B1'), handler(b, 'B2'), handler(stray, 'Stray')]);
    } catch (caught) {
      error = caught as HandlerRegistryError;
    }
    expect(error).toBeInstanceOf(HandlerRegistryError);
    expect(error?.problems).toEqual([
      'job mail:a has no handler',
      'job mail:b has 2 handlers: B1, B2',
      'Stray handles mail:stray, which is not a declared job',
    ]);
  });
});
