import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The development server injects an inline React-refresh preamble, which the production CSP forbids;
 * relax script-src only while serving, never in a build.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'wnw-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

const projectDir = fileURLToPath(new URL('.', import.meta.url));

// The sources live in renderer/, so outDir is spelled out: it is exactly the folder Forge's plugin uses
// (.vite/renderer/main_window), which main loads in production and the web host serves.
export default defineConfig({
  root: `${projectDir}renderer`,
  base: './',
  plugins: [react(), devCspRelaxation()],
  build: {
    outDir: `${projectDir}.vite/renderer/main_window`,
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    // One ~1 MB chunk (about 310 kB gzip) for now; code splitting is measured and decided with the benchmarks.
    chunkSizeWarningLimit: 1200,
  },
});
