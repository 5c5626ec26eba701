import { build } from 'vite';

/** The web host serves the built renderer; build it once, fresh, before the browser tests. */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.renderer.config.ts', logLevel: 'warn' });
}
