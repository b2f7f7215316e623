import type { JobDefinition } from './job-definition';
import type { JobProcessor } from './job-handler.decorator';

export interface RegisteredHandler {
  definition: JobDefinition<unknown>;
  processor: JobProcessor<unknown>;
  owner: string;
}

export class HandlerRegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The worker cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Pairs every declared job with exactly one handler. A job without a handler would pile up
 * in Redis unnoticed; two handlers would make the outcome depend on module order.
 */
export function buildHandlerRegistry(
  declared: JobDefinition<unknown>[],
  handlers: RegisteredHandler[],
): Map<string, RegisteredHandler> {
  const problems: string[] = [];
  const byKey = new Map<string, RegisteredHandler[]>();
  for (const handler of handlers) {
    const key = `${handler.definition.queue}:${handler.definition.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), handler]);
  }
  const registry = new Map<string, RegisteredHandler>();
  for (const definition of declared) {
    const key = `${definition.queue}:${definition.name}`;
    const found = byKey.get(key) ?? [];
    if (found.length === 0) problems.push(`job ${key} has no handler`);
    if (found.length > 1) {
      problems.push(
        `job ${key} has ${found.length} handlers: ${found.map((h) => h.owner).join(', ')}`,
      );
    }
    if (found.length === 1) registry.set(key, found[0]);
    byKey.delete(key);
  }
  for (const [key, found] of byKey) {
    problems.push(
      `${found.map((h) => h.owner).join(', ')} handles ${key}, which is not a declared job`,
    );
  }
  if (problems.length > 0) throw new HandlerRegistryError(problems);
  return registry;
}
