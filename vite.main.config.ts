import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * The Electron main process. Forge's Vite plugin merges its own defaults into this config; the `lib`
 * entry here also lets `npm run build:main` build without Forge (Forge needs Node ≥ 22.13).
 */
export const nodeExternals = ['electron', /^electron\/.+/, ...builtinModules, ...builtinModules.map((m) => `node:${m}`), /\.node$/];

export default defineConfig({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'node20',
    lib: { entry: 'electron/main/main.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
    rollupOptions: { external: nodeExternals },
  },
  resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
});
