import { spawn } from 'node:child_process';
import { LineDecoder } from '../../../shared/logs/line-decoder.js';
import { killTree } from './kill-tree.js';

export type OutputStream = 'stdout' | 'stderr';

export interface RunOptions {
  /** The program and its arguments as an argv array: no shell ever parses them. */
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called once per complete line, in order, as output arrives. */
  onLines: (stream: OutputStream, lines: string[]) => void;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
}

/** Windows ignores trailing dots and spaces in a file name, so `join.bat.` and `join.bat ` run join.bat too. */
const batchFiles = /\.(bat|cmd)[. ]*$/i;
/** cmd.exe itself, by name or path: given arguments, it parses them as a command line. */
const commandInterpreter = /(^|[\\/])cmd(\.exe)?[. ]*$/i;

/**
 * Runs one external program and streams its output line by line. Refuses `.bat`/`.cmd` files and cmd.exe:
 * Windows runs batch files through cmd.exe, whose argument parsing turns quoted values back into commands
 * (CVE-2024-27980); every program runs from an argv array, never through a shell.
 */
export function runProcess(options: RunOptions): Promise<RunResult> {
  if (batchFiles.test(options.command) || commandInterpreter.test(options.command)) {
    return Promise.reject(new Error(`Refusing to run a batch file or cmd.exe with arguments: ${options.command}`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      windowsHide: true,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let cancelled = false;
    const decoders = { stdout: new LineDecoder(), stderr: new LineDecoder() };
    const deliver = (stream: OutputStream, lines: string[]) => {
      if (lines.length > 0) options.onLines(stream, lines);
    };
    child.stdout.on('data', (chunk: Buffer) => deliver('stdout', decoders.stdout.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => deliver('stderr', decoders.stderr.push(chunk)));

    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killTree(child);
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => {
      cancelled = true;
      killTree(child);
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.once('error', (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    // 'close' (not 'exit') waits until both pipes are drained, so no trailing output is lost.
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      deliver('stdout', decoders.stdout.end());
      deliver('stderr', decoders.stderr.end());
      resolve({ exitCode, signal, timedOut, cancelled });
    });
  });
}
