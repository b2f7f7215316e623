import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The build is served by the API (WEB_DIST_DIR) or nginx (docker/web.Dockerfile) at /.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // dist/apps/web/.vite/manifest.json: which chunks the entry loads up front (the size budget
    // in tests/browser/download-size.spec.ts reads it).
    manifest: true,
  },
  server: {
    // `npx vite --config apps/web/vite.config.mts` next to a running API (port 3000).
    proxy: Object.fromEntries(
      ['/graphql', '/auth', '/health', '/admin'].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
  },
});
