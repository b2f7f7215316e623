import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { createApiApp } from '../bootstrap';

// Run from the repository root (./leerhuis does).
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

/** `schema.js --write` regenerates apps/api/schema.gql; `--check` fails when it is stale. */
async function main(): Promise<void> {
  const mode = process.argv[2] ?? '--check';
  const app = await createApiApp(loadConfigOrExit());
  await app.init();
  const printed = `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  await app.close();
  const file = process.env.SCHEMA_FILE ?? SCHEMA_FILE;
  if (mode === '--write') {
    writeFileSync(file, printed);
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  const current = readFileSync(file, 'utf8');
  if (current !== printed) {
    process.stderr.write(
      `${file} is stale: run ./leerhuis schema to regenerate it and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('schema.gql is up to date\n');
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
