// Fails when apps/web/src/gql/ or the persisted-operation manifest is not what tools/codegen.mjs
// generates from apps/api/schema.gql and the operations. Run: node tools/check-codegen.mjs
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generate, MANIFEST, OUTPUT } from './codegen.mjs';

const temp = mkdtempSync(join(tmpdir(), 'leerhuis-codegen-'));
try {
  const freshManifest = join(temp, 'persisted-operations.json');
  const fresh = await generate(temp, freshManifest);
  let checkedIn = [];
  try {
    checkedIn = readdirSync(OUTPUT).sort();
  } catch {
    // missing directory: reported below as missing files
  }
  const problems = [];
  for (const name of fresh) {
    if (!checkedIn.includes(name)) problems.push(`missing: apps/web/src/gql/${name}`);
    else if (readFileSync(join(temp, name), 'utf8') !== readFileSync(join(OUTPUT, name), 'utf8'))
      problems.push(`stale: apps/web/src/gql/${name}`);
  }
  let manifest = '';
  try {
    manifest = readFileSync(MANIFEST, 'utf8');
  } catch {
    // missing: reported as stale
  }
  if (readFileSync(freshManifest, 'utf8') !== manifest)
    problems.push('stale: apps/api/src/graphql/persisted-operations.json');
  for (const name of checkedIn) {
    if (!fresh.includes(name)) problems.push(`not generated any more: apps/web/src/gql/${name}`);
  }
  if (problems.length > 0) {
    console.error(
      `codegen: the generated GraphQL client is out of date (${problems.join('; ')}).\n` +
        'Regenerate it with: node tools/codegen.mjs',
    );
    process.exit(1);
  }
  console.log(`codegen: apps/web/src/gql is up to date (${fresh.length} files)`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
