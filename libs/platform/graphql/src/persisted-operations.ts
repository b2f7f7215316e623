import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorKind } from './errors/domain.exception';

/** The allow-list codegen writes: sha256 (hex) of a normalised document → that document. */
export type PersistedOperationManifest = Readonly<Record<string, string>>;

type PersistedQueryOptions = Exclude<ApolloServerOptions<never>['persistedQueries'], false>;

/**
 * Persisted operations on Apollo's own protocol (`extensions.persistedQuery.sha256Hash`):
 *
 * - `persistedQueries` makes the manifest Apollo's persisted-query store. Apollo looks a hash
 *   up there (unknown: PERSISTED_QUERY_NOT_FOUND) and checks a document sent along with its
 *   hash. The store is read-only: a client cannot register documents of its own.
 * - `plugin`, when `enforce` is on (production), refuses every operation whose document is not
 *   on the list, however it was sent, before any resolver runs (FORBIDDEN,
 *   reason OPERATION_NOT_ALLOWED). Off, any document runs, as development and tests need.
 *
 * Both live at Apollo's level, so they do not depend on the HTTP platform underneath.
 */
export function persistedOperations(
  manifest: PersistedOperationManifest,
  options: { enforce: boolean },
): { persistedQueries: PersistedQueryOptions; plugin: ApolloServerPlugin } {
  const documents = new Map(Object.entries(manifest));
  return {
    persistedQueries: {
      cache: {
        // Apollo prefixes its keys (`apq:`); a hash itself is hex, without a colon.
        async get(key: string) {
          return documents.get(key.slice(key.lastIndexOf(':') + 1));
        },
        async set() {
          // The list is fixed at build time (codegen): no registration at run time.
        },
        async delete() {
          return false;
        },
      },
    },
    plugin: {
      async requestDidStart() {
        if (!options.enforce) return;
        return {
          async didResolveOperation({ queryHash }) {
            // Apollo's queryHash is the sha256 of the document it runs, whether the client
            // sent the document or only its hash: the manifest's own key.
            if (documents.has(queryHash)) return;
            throw new GraphQLError(
              'This API runs only the operations of the Leerhuis web app and documented clients; send a listed operation by its hash (extensions.persistedQuery.sha256Hash).',
              {
                extensions: {
                  code: ErrorKind.FORBIDDEN,
                  reason: 'OPERATION_NOT_ALLOWED',
                  http: { status: 403 },
                },
              },
            );
          },
        };
      },
    },
  };
}
