import { parseArgs } from 'node:util';

export interface WebArgs {
  port: number;
  /** False when the port is the default, so a busy default may fall back to any free port. */
  portChosen: boolean;
  build: boolean;
}

export const webUsage = 'Usage: npm run web -- [--port N] [--no-build]   (--port 0 picks any free port; default 8765)';

/** Reads `npm run web` options; throws with the usage line on anything it does not understand. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'no-build': { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 8765 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".\n${webUsage}`);
  }
  return { port, portChosen: values.port !== undefined, build: !values['no-build'] };
}
