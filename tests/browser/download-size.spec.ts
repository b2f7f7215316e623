import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { insertMember } from '../support/members';
import { assertPrerequisites, useBrowserStack, WEB_DIST_DIR } from './browser';

// Issue 14: the first page may load at most 150 kB of gzipped JavaScript (it was one bundle of
// 675 kB, 157 kB gzipped). Every page is its own chunk, loaded when it is visited.
const BUDGET_KB = 150;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

// kB as vite and the issue count them (1000 bytes).
const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const gzipped = (content: Buffer) => gzipSync(content).length;

describe('what the browser downloads', () => {
  it('loads at most 150 kB gzipped of JavaScript up front: the entry chunk and its static imports', () => {
    assertPrerequisites();
    // Written by vite (build.manifest in apps/web/vite.config.mts).
    const manifest = JSON.parse(
      readFileSync(join(WEB_DIST_DIR, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestChunk>;
    const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
    expect(entries).toHaveLength(1);
    // The entry and, transitively, every chunk it imports statically (index.html preloads them).
    const upFront = new Set<string>();
    const visit = (key: string) => {
      if (upFront.has(key)) return;
      upFront.add(key);
      for (const imported of manifest[key].imports ?? []) visit(imported);
    };
    visit(entries[0]);
    const files = [...upFront].map((key) => manifest[key].file);
    const total = files.reduce(
      (sum, file) => sum + gzipped(readFileSync(join(WEB_DIST_DIR, file))),
      0,
    );
    console.log(
      `download size: up front ${kb(total)} kB gzipped JavaScript in ${files.length} file(s): ${files.join(', ')}`,
    );
    expect(kb(total)).toBeLessThanOrEqual(BUDGET_KB);

    // index.html loads exactly the entry (and may preload its imports), no page chunks.
    const html = readFileSync(join(WEB_DIST_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(files).toContain(script);
    // Pages are chunks of their own, not part of the entry.
    const pageChunks = Object.values(manifest).filter((c) => /\.page-[^/]*\.js$/.test(c.file));
    expect(pageChunks.length).toBeGreaterThan(20);
    for (const chunk of pageChunks) expect(files).not.toContain(chunk.file);
  });

  it('carries no graphql-js: operations are sent as strings pre-printed by codegen', () => {
    assertPrerequisites();
    const assets = join(WEB_DIST_DIR, 'assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // graphql-js's AST kinds (used by its printer and parser) appear in no chunk.
    const withGraphqlJs = scripts.filter((file) =>
      readFileSync(join(assets, file), 'utf8').includes('OperationDefinition'),
    );
    expect(withGraphqlJs).toEqual([]);
  });

  describe('in the browser', () => {
    const fixture = useBrowserStack();

    it('the first page a member opens (home) loads at most 150 kB gzipped of JavaScript', async () => {
      await insertMember(fixture.stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
      const page = await fixture.signedInAs('anouk@minbzk.nl');
      const scripts = new Map<string, number>();
      page.on('response', (response) => {
        const url = response.url();
        if (!url.endsWith('.js')) return;
        void response.body().then(
          (body) => scripts.set(url, gzipped(body)),
          () => undefined,
        );
      });
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      await page.waitForLoadState('networkidle');
      const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      console.log(
        `download size: the home page loaded ${kb(total)} kB gzipped JavaScript in ${scripts.size} file(s)`,
      );
      expect(scripts.size).toBeGreaterThan(1);
      expect(kb(total)).toBeLessThanOrEqual(BUDGET_KB);
    });
  });
});
