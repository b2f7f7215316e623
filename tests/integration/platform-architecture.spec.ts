import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

import { libOf, libSources, tableUses } from '../architecture/sql-tables';
import { TABLE_OWNERS } from '../architecture/table-owners';

const repoRoot = join(__dirname, '..', '..');
const RULE = '@nx/enforce-module-boundaries';
const run = promisify(execFile);

// ESLint loads eslint.config.mjs with a dynamic import, which Jest's module sandbox cannot
// do; so the Node API runs in a plain node child: lintText for each probe, plus the
// boundary rule's options as ESLint computes them.
const LINT_PROBE = `
import { ESLint } from 'eslint';
const { probes, configFor } = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
  results.push(result.messages);
}
const config = await eslint.calculateConfigForFile(configFor);
process.stdout.write(JSON.stringify({ results, rule: config.rules['${RULE}'] }));
`;

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

async function lintProbes(probes: { filePath: string; code: string }[]) {
  const input = {
    probes: probes.map((p) => ({ ...p, filePath: join(repoRoot, p.filePath) })),
    configFor: join(repoRoot, 'libs/identity/src/index.ts'),
  };
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', LINT_PROBE, JSON.stringify(input)],
    { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as {
    results: LintMessage[][];
    rule: [unknown, { depConstraints: { sourceTag: string }[] }];
  };
}

/** Every project.json under the folders that hold projects. */
function projectFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.nx', '.data', 'artifacts'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'project.json') found.push(path);
    }
  };
  for (const top of ['apps', 'libs', 'tests', 'prisma-free-migrations']) walk(join(repoRoot, top));
  return found.map((path) => relative(repoRoot, path)).sort();
}

describe('module boundaries are enforced by lint', () => {
  let lint: Awaited<ReturnType<typeof lintProbes>>;
  const boundaryErrors = (index: number) =>
    lint.results[index].filter((m) => m.ruleId === RULE && m.severity === 2);

  beforeAll(async () => {
    lint = await lintProbes([
      {
        filePath: 'libs/platform/config/src/boundary-probe.ts',
        code: `import { SignInService } from '@leerhuis/identity';\nexport const probe = SignInService;\n`,
      },
      {
        filePath: 'libs/platform/queue/src/boundary-probe.ts',
        code: `import { createApiApp } from '../../../../apps/api/src/bootstrap';\nexport const probe = createApiApp;\n`,
      },
      {
        filePath: 'libs/platform/mail-catcher/src/boundary-probe.ts',
        code: `import { SignInService } from '@leerhuis/identity';\nexport const probe = SignInService;\n`,
      },
      {
        filePath: 'libs/identity/src/boundary-probe.ts',
        code: `import { AppConfig } from '@leerhuis/platform-config';\nexport const probe = AppConfig;\n`,
      },
    ]);
  }, 30_000);

  it('stops a platform lib from importing a domain lib', () => {
    // platform-config: identity depends on it, so this is reported as a cycle.
    expect(boundaryErrors(0).map((e) => e.message)).toEqual([
      expect.stringContaining('Circular dependency between "platform-config" and "identity"'),
    ]);
    // mail-catcher: no cycle, so the tag table speaks.
    expect(boundaryErrors(2).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /tagged with "type:util" can only depend on libs tagged with "type:util"/,
      ),
    ]);
  });

  it('stops a lib from importing an app', () => {
    // Apps have no import alias, so reaching one takes a relative path, which the rule refuses.
    expect(boundaryErrors(1).map((e) => e.message)).toEqual([
      expect.stringMatching(/cannot be imported by a relative or absolute path/),
    ]);
  });

  it('allows what the table allows (a feature lib using platform libs)', () => {
    expect(boundaryErrors(3)).toEqual([]);
  });

  it('tags every project with one scope and one type that the rule constrains', () => {
    const constrained = new Set(lint.rule[1].depConstraints.map((c) => c.sourceTag));
    const files = projectFiles();
    expect(files).toEqual(expect.arrayContaining(['apps/api/project.json', 'tests/project.json']));
    const problems: string[] = [];
    for (const file of files) {
      const tags: string[] = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')).tags ?? [];
      for (const kind of ['scope', 'type']) {
        const ofKind = tags.filter((tag) => tag.startsWith(`${kind}:`));
        if (ofKind.length !== 1) problems.push(`${file}: ${ofKind.length} ${kind}:* tags`);
        for (const tag of ofKind) {
          if (!constrained.has(tag)) problems.push(`${file}: ${tag} has no dependency rule`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('every table has one owning lib (tests/architecture/table-owners.ts)', () => {
  const owners: Record<string, string> = TABLE_OWNERS;
  const files = libSources(repoRoot);
  const uses = tableUses(repoRoot, files, new Set(Object.keys(owners)));

  it('names an owner for every table the migrations create, and only those', () => {
    const created = new Set<string>();
    const dir = join(repoRoot, 'prisma-free-migrations');
    for (const file of readdirSync(dir).filter((name) => /^\d+-.*\.ts$/.test(name))) {
      const sql = readFileSync(join(dir, file), 'utf8');
      for (const match of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_0-9]+)"?/g)) {
        created.add(match[1]);
      }
    }
    expect(Object.keys(owners).sort()).toEqual([...created].sort());
    const libs = new Set(files.map(libOf));
    expect(Object.values(owners).filter((lib) => !libs.has(lib))).toEqual([]);
  });

  it('finds the tables in SQL text, query builders and imported entities', () => {
    // The parser must keep seeing the owners' own SQL, or a silent miss would pass the test.
    const libsUsing = (table: string) =>
      new Set(uses.filter((u) => u.table === table).map((u) => u.lib));
    expect(libsUsing('community_membership')).toContain('communities');
    expect(libsUsing('outbox_event')).toContain('platform/events');
    expect(uses.length).toBeGreaterThan(300);
  });

  it('lets only the owner name a table; others read through its facade', () => {
    const unowned = new Map<string, string>();
    for (const use of uses) {
      if (owners[use.table] === use.lib) continue;
      const key = `${use.lib} names ${use.table}, owned by ${owners[use.table]}`;
      if (!unowned.has(key)) unowned.set(key, `${use.file}:${use.line}: ${key}`);
    }
    expect([...unowned.values()]).toEqual([]);
  });

  it('keeps platform libs off domain tables', () => {
    const domainReads = uses
      .filter((u) => u.lib.startsWith('platform/') && !owners[u.table].startsWith('platform/'))
      .map((u) => `${u.file}:${u.line} ${u.table}`);
    expect(domainReads).toEqual([]);
  });
});

/** The index of the `)` that closes the `(` at `open`, skipping strings and line comments. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i >= 0 && i < text.length; i++) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '/') i = text.indexOf('\n', i);
    else if (/['"`]/.test(char)) {
      do i = text.indexOf(char, i + 1);
      while (i > 0 && text[i - 1] === '\\');
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  throw new Error(`no ")" closes the "(" at ${open}`);
}

/** Each `@ResolveField(…)` method of a source text: its name and its parameter list. */
function fieldResolvers(source: string): { name: string; params: string }[] {
  return [...source.matchAll(/@ResolveField\(/g)].map((match) => {
    let at = closingParen(source, match.index + match[0].length - 1) + 1;
    // Further decorators (`@UseGuards(…)`) may stand between it and the method.
    let decorator: RegExpExecArray | null;
    while ((decorator = /^\s*@\w+\(/.exec(source.slice(at)))) {
      at = closingParen(source, at + decorator[0].length - 1) + 1;
    }
    const head = /^\s*(?:async\s+)?(\w+)\s*\(/.exec(source.slice(at));
    if (!head) throw new Error(`no method after @ResolveField at ${match.index}`);
    const open = at + head[0].length - 1;
    return { name: head[1], params: source.slice(open + 1, closingParen(source, open)) };
  });
}

describe('field resolvers', () => {
  // Nest binds a field resolver without parameter decorators directly (no pipes, no promise
  // wrapper; issue 18); then it takes graphql-js's (parent, args, { viewer, loaders }).
  // Only one with @Args keeps its decorators, for the validation pipe.
  it('take graphql-js arguments unless they have @Args', () => {
    const files = libSources(repoRoot).filter((file) => file.endsWith('.resolver.ts'));
    const fields = files.flatMap((file) =>
      fieldResolvers(readFileSync(join(repoRoot, file), 'utf8')).map((f) => ({ file, ...f })),
    );
    // The parser must keep seeing the field resolvers, or a silent miss would pass the test.
    expect(fields.length).toBeGreaterThan(90);
    expect(fields.filter((f) => f.params.includes('@Args(')).length).toBeGreaterThan(0);
    const decorated = fields
      .filter((f) => /@(?:Parent|CurrentViewer|Loaders|Context)\(/.test(f.params))
      .filter((f) => !f.params.includes('@Args('))
      .map((f) => `${f.file}:${f.name}`);
    expect(decorated).toEqual([]);
  });
});

/** The lines of one service in docker/compose.yml (two-space indented service names). */
function composeService(name: string): string {
  const compose = readFileSync(join(repoRoot, 'docker/compose.yml'), 'utf8');
  const start = compose.indexOf(`\n  ${name}:\n`);
  expect(start).toBeGreaterThan(-1);
  const rest = compose.slice(start + 1);
  const end = rest.slice(1).search(/\n  [a-z-]+:\n|\n[a-z]/);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

describe('docker', () => {
  it('has the API trust the one proxy (nginx) in front of it', () => {
    // Without it every visitor shares nginx's address, and 30 sign-in requests lock out all.
    expect(composeService('api')).toMatch(/^\s+TRUST_PROXY_HOPS: '?1'?$/m);
    expect(composeService('web')).toMatch(/proxy_pass|API_UPSTREAM/);
  });

  it('has nginx send every page to the API, so no page goes out without its security headers', () => {
    const nginx = readFileSync(join(repoRoot, 'docker/web.nginx.conf.template'), 'utf8');
    // Only the fingerprinted assets are served by nginx itself; index.html comes from the API.
    expect(nginx).not.toMatch(/try_files \$uri \/index\.html/);
    expect(nginx).toMatch(/location \/ \{[^}]*proxy_pass \$\{API_UPSTREAM\}/);
    const api = readFileSync(join(repoRoot, 'docker/api.Dockerfile'), 'utf8');
    expect(api).toMatch(/WEB_DIST_DIR=/);
  });

  it('publishes no default MAIL_TOKEN_SECRET', () => {
    const compose = readFileSync(join(repoRoot, 'docker/compose.yml'), 'utf8');
    expect(compose).toMatch(/MAIL_TOKEN_SECRET: \$\{MAIL_TOKEN_SECRET:-\}/);
  });

  it('has a valid compose file', async () => {
    const result = await run('docker-compose', ['-f', 'docker/compose.yml', 'config', '-q'], {
      cwd: repoRoot,
    }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result).toEqual({ code: 0, stderr: expect.any(String) });
  });
});
