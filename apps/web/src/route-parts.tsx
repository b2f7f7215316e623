import { type AnyRoute, createRootRoute, createRoute, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { App } from './app';
import { NotFoundPage } from './pages/not-found.page';

// What every area's routes (<area>/<area>.routes.tsx) are built from; routes.tsx assembles them.

type Params = Record<string, string>;

/**
 * A route component that loads its page module on demand. `render` gets the module and the
 * (decoded) path params; the router preloads the module before it shows the route.
 */
export function page<M>(
  importer: () => Promise<M>,
  render: (module: M, params: Params) => ReactNode,
) {
  let loaded: M | undefined;
  let pending: Promise<void> | undefined;
  let failure: unknown;
  const load = () =>
    (pending ??= importer().then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        // A later visit tries again (e.g. after a deploy replaced the chunk).
        failure = error;
        pending = undefined;
      },
    ));
  function Page() {
    const params = useParams({ strict: false }) as Params;
    if (failure) {
      const error = failure;
      failure = undefined;
      throw error;
    }
    // Suspends until the module is there (normally already preloaded by the router).
    if (!loaded) throw load();
    return <>{render(loaded, params)}</>;
  }
  Page.preload = load;
  return Page;
}

/** Keeps only string values of the named search params: unknown or malformed ones drop out. */
export function strings<K extends string>(...names: K[]) {
  return (search: Record<string, unknown>): Partial<Record<K, string>> => {
    const out: Partial<Record<K, string>> = {};
    for (const name of names) {
      const value = search[name];
      if (typeof value === 'string' && value !== '') out[name] = value;
      // A numeric-looking value arrives parsed as a number.
      else if (typeof value === 'number') out[name] = String(value);
    }
    return out;
  };
}
export const rootRoute = createRootRoute({ component: App, notFoundComponent: NotFoundPage });

/** A route with only a path and a (lazily loaded) page, under the root unless told otherwise. */
export const route = (
  path: string,
  component: ReturnType<typeof page>,
  parent: AnyRoute = rootRoute,
) => createRoute({ getParentRoute: () => parent, path, component });
