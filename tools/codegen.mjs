// Typed GraphQL operations for the web app: apps/api/schema.gql + apps/web/src/**/*.graphql
// → apps/web/src/gql/ (graphql-codegen client preset), and the allow-list of persisted operations
// (sha256 → document) the API accepts in production: apps/api/src/graphql/persisted-operations.json,
// from the same documents plus apps/api/client-operations/*.graphql. Run: node tools/codegen.mjs
// It drives @graphql-codegen/core directly: the CLI's remote-schema loaders are not needed
// for a checked-in schema and pull in packages this workspace does not otherwise use.
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { buildSchema, parse } from 'graphql';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA = join(root, 'apps/api/schema.gql');
export const SOURCES = join(root, 'apps/web/src');
export const OUTPUT = join(root, 'apps/web/src/gql');
/** Operations of documented clients other than the web app (see the README there). */
export const CLIENT_SOURCES = join(root, 'apps/api/client-operations');
export const MANIFEST = join(root, 'apps/api/src/graphql/persisted-operations.json');
const MANIFEST_NAME = 'persisted-documents.json';

function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === OUTPUT ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/**
 * Generates the client into `outDir` (emptied first) and the allow-list into `manifest`;
 * returns the client's files written, sorted.
 */
export async function generate(outDir = OUTPUT, manifest = MANIFEST) {
  const schemaText = readFileSync(SCHEMA, 'utf8');
  const schemaAst = buildSchema(schemaText);
  const documents = [...graphqlFiles(SOURCES).sort(), ...graphqlFiles(CLIENT_SOURCES).sort()].map(
    (path) => {
      const rawSDL = readFileSync(path, 'utf8');
      return { location: relative(root, path), document: parse(rawSDL), rawSDL };
    },
  );
  const config = {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string' },
    // Keep the output stable and small: no __typename in result types unless asked for.
    skipTypename: true,
    // Operations as pre-printed strings: the browser needs no graphql-js to send them.
    documentMode: 'string',
  };
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: 'apps/web/src/gql/',
    schema: parse(schemaText),
    schemaAst,
    documents,
    plugins: [],
    pluginMap: {},
    presetConfig: {
      fragmentMasking: false,
      // Each document carries `__meta__.hash`: the sha256 (hex, as Apollo's persisted-query
      // protocol has it) of the normalised document the manifest maps it to.
      persistedDocuments: {
        hashAlgorithm: (document) => createHash('sha256').update(document).digest('hex'),
      },
    },
    config,
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const prettierConfig = (await prettier.resolveConfig(join(OUTPUT, 'graphql.ts'))) ?? {};
  const written = [];
  for (const output of outputs) {
    const name = relative('apps/web/src/gql', output.filename);
    if (name === MANIFEST_NAME) {
      // The API owns the allow-list: it is read there, not shipped to the browser.
      const code = await codegen({ ...output, schemaAst });
      writeFileSync(manifest, await prettier.format(code, { ...prettierConfig, parser: 'json' }));
      continue;
    }
    // Each document is a `new TypedDocumentString(…)`; marked pure, a bundler keeps only the
    // documents a chunk uses (so every page's chunk carries its own operations).
    const code = (await codegen({ ...output, schemaAst })).replaceAll(
      '= new TypedDocumentString(',
      '= /* #__PURE__ */ new TypedDocumentString(',
    );
    // Formatted like the rest of the repository, so `prettier --check .` agrees.
    const formatted = await prettier.format(code, { ...prettierConfig, parser: 'typescript' });
    writeFileSync(join(outDir, name), formatted);
    written.push(name);
  }
  return written.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await generate();
  console.log(`codegen: wrote ${files.map((f) => `apps/web/src/gql/${f}`).join(', ')}`);
}
