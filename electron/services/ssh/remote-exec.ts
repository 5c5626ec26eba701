import type { ClientChannel } from 'ssh2';
import { LineDecoder } from '../../../shared/logs/line-decoder.js';
import type { OutputStream } from '../process/process-runner.js';
import type { StopSignal } from './remote-kill.js';
import { SshError } from './ssh-errors.js';

export interface SshExecOptions {
  /** Called once per complete line, in order per stream, as output arrives. */
  onLines?: (stream: OutputStream, lines: string[]) => void;
  /** The command is stopped (TERM, then KILL) when it runs longer than this. */
  timeoutMs?: number;
  /** Aborting stops the command the same way and resolves with `cancelled: true`. */
  signal?: AbortSignal;
  /** Fed to the command's standard input, followed by end-of-file. Without it the command reads EOF at once. */
  stdin?: string | Uint8Array;
  /** Time a stopped command gets between TERM and KILL (and then for the server to confirm). Default 2 s. */
  killGraceMs?: number;
}

/** Mirrors the local process runner's RunResult; `signal` is the remote signal, e.g. `SIGTERM`. */
export interface SshExecResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
}

const DEFAULT_KILL_GRACE_MS = 2_000;
/** How long a channel closed without an exit status waits for its connection's end to be noticed. */
const lossGraceMs = 300;

export interface ExecChannelContext {
  /** Names the command in error messages (the program only: arguments may hold secrets). */
  what: string;
  /** Random per command, so output cannot be mistaken for the process-group marker. */
  nonce: string;
  /** True once the connection that carries this channel is gone. */
  connectionLost: () => boolean;
  /** Signals a remote process group (see RemoteKiller). */
  killGroup: (processGroup: number, signal: StopSignal) => void;
}

/**
 * The command line actually sent: it first reports the shell's pid on stderr, then `exec`s the command in its
 * place, so that pid is the command's and, as sshd makes every session its own process group, the group to
 * signal on cancel. Needs a POSIX login shell (sh, bash, dash, ksh, zsh) and an external program as argv[0].
 */
export function wrapCommand(command: string, nonce: string): string {
  return `echo ${markerPrefix(nonce)}$$ >&2; exec ${command}`;
}

function markerPrefix(nonce: string): string {
  return `__wnw_pgid_${nonce}=`;
}

/**
 * Drives one opened exec channel to its end: streams both outputs as lines, feeds stdin, and stops the remote
 * command on timeout or cancel. A channel closed by a dead connection (the command's fate unknown) is an error;
 * one the server closed after the command ended is a result.
 */
export function runExecChannel(channel: ClientChannel, options: SshExecOptions, context: ExecChannelContext): Promise<SshExecResult> {
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const marker = markerPrefix(context.nonce);
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let cancelled = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let processGroup: number | undefined;
    let closed = false;
    let stderrEnded = false;
    let settled = false;
    let awaitedLoss = false;
    const timers: NodeJS.Timeout[] = [];
    // POSIX hosts speak UTF-8; sniffing could take odd binary output for UTF-16
    const decoders = { stdout: new LineDecoder('utf-8'), stderr: new LineDecoder('utf-8') };
    const deliver = (stream: OutputStream, lines: string[]) => {
      if (lines.length > 0) options.onLines?.(stream, lines);
    };
    const deliverStderr = (lines: string[]) => {
      // the marker is ours, not the command's: take it out (once), and remember the group
      const index = processGroup === undefined ? lines.findIndex((line) => line.startsWith(marker)) : -1;
      if (index >= 0) {
        processGroup = Number(lines[index]!.slice(marker.length));
        lines.splice(index, 1);
        if (stopping) context.killGroup(processGroup, 'TERM');
      }
      deliver('stderr', lines);
    };

    const finish = () => {
      if (settled) return;
      // Closed without an exit status: a dying connection closes its channels before the client hears of the
      // socket's end, so give it a moment to say so rather than report a command that "ended with no status".
      if (exit === undefined && !timedOut && !cancelled && !context.connectionLost() && !awaitedLoss) {
        awaitedLoss = true;
        timers.push(setTimeout(finish, lossGraceMs));
        return;
      }
      settled = true;
      timers.forEach(clearTimeout);
      options.signal?.removeEventListener('abort', onAbort);
      deliver('stdout', decoders.stdout.end());
      deliverStderr(decoders.stderr.end());
      if (exit === undefined && !timedOut && !cancelled) {
        reject(
          context.connectionLost()
            ? new SshError('CONNECTION_LOST', `The connection dropped while running ${context.what}; whether it finished is unknown.`)
            : new SshError('CHANNEL_FAILED', `The server closed the session of ${context.what} without reporting its exit status; whether it finished is unknown.`),
        );
        return;
      }
      resolve({ exitCode: exit?.code ?? null, signal: exit?.signal ?? null, timedOut, cancelled });
    };

    // TERM first so the command can clean up, KILL after the grace period, then close the channel; if even the
    // close is never confirmed (a hung server), stop waiting so the caller is never stuck.
    let stopping = false;
    const stop = () => {
      if (stopping || settled) return;
      stopping = true;
      if (processGroup !== undefined) context.killGroup(processGroup, 'TERM');
      timers.push(setTimeout(() => {
        if (processGroup !== undefined) context.killGroup(processGroup, 'KILL');
        channel.close();
        timers.push(setTimeout(finish, graceMs));
      }, graceMs));
    };
    const onAbort = () => {
      cancelled = true;
      stop();
    };

    channel.on('data', (chunk: Buffer) => deliver('stdout', decoders.stdout.push(chunk)));
    channel.stderr.on('data', (chunk: Buffer) => deliverStderr(decoders.stderr.push(chunk)));
    channel.on('exit', (code: number | null, signal?: string) => {
      exit = typeof code === 'number' ? { code, signal: null } : { code: null, signal: signal ?? null };
    });
    // a channel error (e.g. a write after the server closed) ends in 'close' too; the result says what happened
    channel.on('error', () => undefined);
    // ssh2 emits 'close' once stdout ended; stderr may still hold its last chunk, so wait for both
    channel.stderr.once('end', () => {
      stderrEnded = true;
      if (closed) finish();
    });
    channel.once('close', () => {
      closed = true;
      if (stderrEnded || channel.stderr.readableEnded) finish();
      else timers.push(setTimeout(finish, 1_000));
    });

    if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
      timers.push(setTimeout(() => {
        timedOut = true;
        stop();
      }, options.timeoutMs));
    }
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    // End-of-file right away (like `ssh -n`), so a command that reads stdin never waits for input that won't come.
    channel.end(options.stdin === undefined ? undefined : Buffer.from(options.stdin));
  });
}
