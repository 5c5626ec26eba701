import { randomBytes } from 'node:crypto';
import type { ClientChannel } from 'ssh2';
import { buildPosixCommand, PosixQuoteError } from '../../../shared/shell/posix-quote.js';
import type { OutputStream } from '../process/process-runner.js';
import { MarkedLines } from './marked-lines.js';
import type { SshExecOptions, SshExecResult } from './remote-exec.js';
import type { StopSignal } from './remote-kill.js';
import { SshError, where } from './ssh-errors.js';

/** A channel that stays open across commands, holding one of its connection's channel slots until released. */
export interface LongLivedChannel {
  channel: ClientChannel;
  connectionLost(): boolean;
  killGroup(processGroup: number, signal: StopSignal): void;
  release(): void;
}

/** What a shell session needs from its connection (SshConnection has it). */
export interface ShellHost {
  readonly profile: { host: string; port: number };
  openLongLivedChannel(command: string, signal?: AbortSignal): Promise<LongLivedChannel>;
}

/** As for SshConnection.exec, but no stdin: every command reads end-of-file (its stdin is /dev/null). */
export type ShellExecOptions = Omit<SshExecOptions, 'stdin'>;

export interface ShellSessionOptions {
  /** How long a new shell may take to say it is ready. Default 20 s. */
  readyTimeoutMs?: number;
}

const cancelled: SshExecResult = { exitCode: null, signal: null, timedOut: false, cancelled: true };
const defaultKillGraceMs = 2_000;

interface Shell {
  open: LongLivedChannel;
  pid: number;
  stdout: MarkedLines;
  stderr: MarkedLines;
  /** Called when the channel closes; set while a command runs. */
  onClose?: (exit: { signal: string | null }) => void;
  closed: boolean;
  /** A shell that was told to stop runs nothing more: a late kill must never reach the next command. */
  doomed: boolean;
  exitSignal: string | null;
}

/**
 * Runs commands one after another in ONE long-lived `sh` on a connection, instead of one SSH session per
 * command: sshd forks a session and a login shell for every exec request (~100–200 ms on the server), which a
 * job of ten short steps pays ten times. Each command is argv, quoted for POSIX sh exactly as SshConnection.exec
 * does, and runs as `( exec argv ) </dev/null` in a subshell, so it can neither change the shell (cd, exit,
 * variables) nor read the commands that follow from the shell's stdin. After it the shell prints a marker with
 * the exit status on stdout and one on stderr, both with a random per-command id; the bytes before them are the
 * command's output, kept apart per stream. Cancel and timeout stop the whole shell (TERM, then KILL, by its
 * process group) and the next command starts a fresh one.
 *
 * Differences from SshConnection.exec: no stdin; a command ended by a signal reports the shell's status
 * (128 + signal number) rather than the signal name; output written by a background process after its command
 * ended is dropped.
 */
export class ShellSession {
  private shell: Shell | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly nonce = randomBytes(8).toString('hex');
  private counter = 0;

  constructor(
    private readonly host: ShellHost,
    private readonly options: ShellSessionOptions = {},
  ) {}

  /** Runs argv once the commands before it finished; resolves with its exit status, rejects like exec. */
  exec(argv: readonly string[], options: ShellExecOptions = {}): Promise<SshExecResult> {
    let command: string;
    try {
      command = buildPosixCommand(argv);
    } catch (error) {
      if (error instanceof PosixQuoteError) return Promise.reject(new SshError('INVALID_ARGUMENT', error.message));
      return Promise.reject(error);
    }
    const what = `\`${argv[0]}\` on ${where(this.host.profile)}`;
    const signal = options.signal;
    if (signal?.aborted) return Promise.resolve(cancelled);
    let started = false;
    const run = this.queue.then(() => {
      started = true;
      return this.runOne(command, what, options);
    });
    this.queue = run.catch(() => undefined);
    if (signal === undefined) return run;
    // cancelled while waiting its turn: answer now; when its turn comes, runOne sees the abort and runs nothing
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (!started) resolve(cancelled);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      run.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** Ends the shell once the commands queued before this call finished; a later exec opens a new one. */
  close(): Promise<void> {
    const closing = this.queue.then(() => this.endShell());
    this.queue = closing;
    return closing;
  }

  private async endShell(): Promise<void> {
    const shell = this.shell;
    this.shell = undefined;
    if (shell === undefined || shell.closed) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        shell.open.channel.close();
        resolve();
      }, 2_000);
      shell.open.channel.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      shell.open.channel.end(); // end-of-file: sh exits
    });
  }

  private async runOne(command: string, what: string, options: ShellExecOptions): Promise<SshExecResult> {
    if (options.signal?.aborted) return cancelled;
    let shell: Shell;
    try {
      shell = await this.ready(options.signal);
    } catch (error) {
      if (options.signal?.aborted) return cancelled;
      throw error;
    }
    // aborted while the shell started: it stays, ready for the next command
    if (options.signal?.aborted) return cancelled;
    return this.runIn(shell, command, what, options);
  }

  private async ready(signal: AbortSignal | undefined): Promise<Shell> {
    if (this.shell !== undefined && !this.shell.closed && !this.shell.doomed) return this.shell;
    this.shell = undefined;
    const marker = `__wnw_shell_${this.nonce}`;
    // The login shell reports its pid (the process group to signal, as sshd makes each session its own group),
    // marks where the session's own output starts (anything a login script printed comes before), then becomes sh.
    const open = await this.host.openLongLivedChannel(`printf '\\n${marker} %s\\n' "$$" >&2; printf '\\n${marker}\\n'; exec sh`, signal);
    const shell: Shell = { open, pid: 0, stdout: new MarkedLines(), stderr: new MarkedLines(), closed: false, doomed: false, exitSignal: null };
    open.channel.on('data', (chunk: Buffer) => shell.stdout.push(chunk));
    open.channel.stderr.on('data', (chunk: Buffer) => shell.stderr.push(chunk));
    open.channel.on('error', () => undefined);
    open.channel.on('exit', (_code: number | null, exitSignal?: string) => {
      shell.exitSignal = exitSignal ?? null;
    });
    open.channel.once('close', () => {
      shell.closed = true;
      open.release();
      shell.onClose?.({ signal: shell.exitSignal });
    });
    const discard = () => undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        let waiting = 2;
        const timer = setTimeout(() => reject(new SshError('CHANNEL_FAILED', `The shell on ${where(this.host.profile)} did not start within ${this.options.readyTimeoutMs ?? 20_000} ms.`)), this.options.readyTimeoutMs ?? 20_000);
        const one = () => {
          if (--waiting > 0) return;
          clearTimeout(timer);
          resolve();
        };
        shell.onClose = () => {
          clearTimeout(timer);
          reject(new SshError(open.connectionLost() ? 'CONNECTION_LOST' : 'CHANNEL_FAILED', `The shell on ${where(this.host.profile)} ended as it started (is the login shell POSIX?).`));
        };
        shell.stdout.expect(marker, discard, one);
        shell.stderr.expect(marker, discard, (pid) => {
          shell.pid = Number(pid);
          one();
        });
      });
    } catch (error) {
      shell.doomed = true;
      open.channel.close();
      throw error;
    } finally {
      shell.onClose = undefined;
    }
    this.shell = shell;
    return shell;
  }

  private runIn(shell: Shell, command: string, what: string, options: ShellExecOptions): Promise<SshExecResult> {
    const graceMs = options.killGraceMs ?? defaultKillGraceMs;
    const marker = `__wnw_done_${this.nonce}_${++this.counter}`;
    return new Promise<SshExecResult>((resolve, reject) => {
      let timedOut = false;
      let wasCancelled = false;
      let exitCode: number | null = null;
      let markersLeft = 2;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      const sink = (stream: OutputStream) => (lines: string[]) => options.onLines?.(stream, lines);

      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        timers.forEach(clearTimeout);
        options.signal?.removeEventListener('abort', onAbort);
        shell.onClose = undefined;
        // a stopped shell that finished its command anyway is not reused; closing it frees its channel slot
        if (shell.doomed && !shell.closed) shell.open.channel.close();
        outcome();
      };
      const markerSeen = () => {
        if (--markersLeft === 0) settle(() => resolve({ exitCode, signal: null, timedOut, cancelled: wasCancelled }));
      };
      shell.onClose = ({ signal }) => {
        if (timedOut || wasCancelled) return settle(() => resolve({ exitCode: null, signal, timedOut, cancelled: wasCancelled }));
        const lost = shell.open.connectionLost();
        settle(() =>
          reject(
            lost
              ? new SshError('CONNECTION_LOST', `The connection dropped while running ${what}; whether it finished is unknown.`)
              : new SshError('CHANNEL_FAILED', `The shell session ended while running ${what}; whether it finished is unknown.`),
          ),
        );
      };

      // TERM to the shell's process group (the shell, the command and its children), KILL after the grace
      // period, then close the channel; if even that is never confirmed, stop waiting.
      const stop = () => {
        if (shell.doomed || settled) return;
        shell.doomed = true;
        shell.open.killGroup(shell.pid, 'TERM');
        timers.push(
          setTimeout(() => {
            shell.open.killGroup(shell.pid, 'KILL');
            shell.open.channel.close();
            timers.push(setTimeout(() => settle(() => resolve({ exitCode: null, signal: null, timedOut, cancelled: wasCancelled })), graceMs));
          }, graceMs),
        );
      };
      const onAbort = () => {
        wasCancelled = true;
        stop();
      };

      shell.stdout.expect(marker, sink('stdout'), (status) => {
        exitCode = /^\d+$/.test(status) ? Number(status) : null;
        markerSeen();
      });
      shell.stderr.expect(marker, sink('stderr'), markerSeen);
      if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs),
        );
      }
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (shell.closed) return shell.onClose({ signal: shell.exitSignal });

      // the newline before each marker ends a last line printed without one (see MarkedLines)
      shell.open.channel.write(`( exec ${command} ) </dev/null; __wnw_status=$?; printf '\\n${marker} %s\\n' "$__wnw_status"; printf '\\n${marker}\\n' >&2\n`);
    });
  }
}
