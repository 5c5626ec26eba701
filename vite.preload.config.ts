import { defineConfig } from 'vite';
import { nodeExternals } from './vite.main.config.js';

/** The sandboxed preload: one self-contained CommonJS file; only `electron` stays external. */
export default defineConfig({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'chrome140',
    lib: { entry: 'electron/preload/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: nodeExternals, output: { inlineDynamicImports: true } },
  },
});
