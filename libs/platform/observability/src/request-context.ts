import { AsyncLocalStorage } from 'node:async_hooks';

/** What we know about the request (or job) the current code runs for. */
export interface RequestContext {
  requestId: string;
  /** SQL statements issued so far; read by logs, tests and benchmarks. */
  queryCount: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
