// eslint-disable-next-line @nx/enforce-module-boundaries -- the allow-list the API ships with
import manifest from '../../apps/api/src/graphql/persisted-operations.json';

/** The allow-list codegen writes: sha256 of a document → the document. */
export const PERSISTED_OPERATIONS: Readonly<Record<string, string>> = manifest;

/** The name of the operation in a listed document. */
export function operationNameOf(document: string): string | undefined {
  return /(?:^|\s)(?:query|mutation) (\w+)/.exec(document)?.[1];
}

/** The hash of a listed operation, found by its name. */
export function persistedHash(name: string): string {
  const entry = Object.entries(PERSISTED_OPERATIONS).find(
    ([, document]) => operationNameOf(document) === name,
  );
  if (!entry) throw new Error(`${name} is not on the allow-list`);
  return entry[0];
}
