import { defineConfig } from 'vitest/config';

/** Unit and integration tests live beside the code they test, as `*.test.ts(x)`. */
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    exclude: ['node_modules', '.vite', 'out'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
