import type { SshExecOptions, SshExecResult } from './remote-exec.js';
import { SshError } from './ssh-errors.js';

export interface RemoteFileOptions {
  /** File mode; default 0o600, because files the wizard writes (configs, join material) may hold secrets. */
  mode?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

type Exec = (argv: readonly string[], options: SshExecOptions) => Promise<SshExecResult>;

/*
 * The path and mode travel as positional parameters ("$1", "$2"), never inside the script text, so no path can
 * change what the script does. `--` keeps a path that starts with "-" from being read as an option. umask 077
 * means the temporary file is never readable by others, even before chmod.
 */
const script = [
  'umask 077',
  'tmp="$1.wnw-tmp.$$"',
  'if cat > "$tmp" && chmod -- "$2" "$tmp" && mv -f -- "$tmp" "$1"; then exit 0; fi',
  'rm -f -- "$tmp"',
  'exit 1',
].join('\n');

/** Writes a file through `sh` and stdin, which every SSH server with a shell offers (SFTP is optional). */
export async function writeRemoteFile(exec: Exec, remotePath: string, content: string | Uint8Array, options: RemoteFileOptions = {}): Promise<void> {
  if (remotePath.length === 0) throw new SshError('INVALID_ARGUMENT', 'The remote file path is empty.');
  const mode = options.mode ?? 0o600;
  if (!Number.isInteger(mode) || mode < 0 || mode > 0o7777) throw new SshError('INVALID_ARGUMENT', `Not a file mode: ${mode}`);
  const errors: string[] = [];
  const result = await exec(['sh', '-c', script, 'sh', remotePath, mode.toString(8)], {
    stdin: content,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    onLines: (stream, lines) => {
      if (stream === 'stderr') errors.push(...lines);
    },
  });
  if (result.cancelled) throw options.signal?.reason ?? new Error('cancelled');
  if (result.timedOut) throw new SshError('COMMAND_FAILED', `Writing ${remotePath} took longer than ${options.timeoutMs} ms.`);
  if (result.exitCode !== 0) {
    const why = errors.join(' ').trim() || `exit ${result.exitCode ?? result.signal}`;
    throw new SshError('COMMAND_FAILED', `Could not write ${remotePath}: ${why}`);
  }
}
