import { randomBytes } from 'node:crypto';
import type { ClientChannel, SFTPWrapper } from 'ssh2';
import { buildPosixCommand, PosixQuoteError } from '../../../shared/shell/posix-quote.js';
import type { KnownHostsStore } from './known-hosts.js';
import { writeRemoteFile, type RemoteFileOptions } from './remote-file.js';
import { runExecChannel, wrapCommand, type SshExecOptions, type SshExecResult } from './remote-exec.js';
import { Semaphore } from './semaphore.js';
import type { LongLivedChannel } from './shell-session.js';
import { profileSecrets, type SshConnectionProfile } from './ssh-auth.js';
import { dialSsh, execOn, type Live, type SshConnectionOptions } from './ssh-dial.js';
import { scrubSecrets, SshError, where } from './ssh-errors.js';

export type { SshConnectionOptions } from './ssh-dial.js';

const cancelledResult: SshExecResult = { exitCode: null, signal: null, timedOut: false, cancelled: true };

/** `user@host:port`: the identity of a connection, and the key of the pool. */
export function connectionKey(profile: Pick<SshConnectionProfile, 'username' | 'host' | 'port'>): string {
  return `${profile.username}@${where(profile)}`;
}

/**
 * One SSH connection to one host, opened on first use and shared by every command of a job. It connects only
 * when the known-hosts store trusts the key the host presents; the check happens inside the key exchange, before
 * ssh2 sends a user name or any credential. A dropped connection is reopened (and the key checked again) the
 * next time a command needs it.
 */
export class SshConnection {
  readonly key: string;
  private live: Live | undefined;
  private connecting: Promise<Live> | undefined;
  private readonly channels: Semaphore;

  constructor(
    readonly profile: SshConnectionProfile,
    private readonly knownHosts: KnownHostsStore,
    private readonly options: SshConnectionOptions = {},
  ) {
    this.key = connectionKey(profile);
    this.channels = new Semaphore(options.maxChannels ?? 8);
  }

  get isConnected(): boolean {
    return this.live !== undefined && !this.live.lost;
  }

  /** Connects now (commands connect on their own); useful to surface host-key and auth questions early. */
  async connect(): Promise<void> {
    await this.ensureConnected();
  }

  /**
   * Runs argv on the host, every value single-quoted for the login shell (which must be POSIX: sh, bash, dash,
   * ksh, zsh), and resolves with the exit status. argv[0] must be a program, not a shell builtin such as `cd`:
   * the shell `exec`s it so that cancel can stop it by process group. Rejects with SshError for connection
   * problems (host key, auth, CONNECTION_LOST mid-command), never for a non-zero exit.
   */
  async exec(argv: readonly string[], options: SshExecOptions = {}): Promise<SshExecResult> {
    let command: string;
    try {
      command = buildPosixCommand(argv);
    } catch (error) {
      if (error instanceof PosixQuoteError) throw new SshError('INVALID_ARGUMENT', error.message);
      throw error;
    }
    const nonce = randomBytes(6).toString('hex');
    return this.run(wrapCommand(command, nonce), `\`${argv[0]}\` on ${where(this.profile)}`, nonce, options);
  }

  /**
   * Runs a command line exactly as given, without the POSIX wrapper: for hosts whose shell is not POSIX (Windows
   * OpenSSH hands it to cmd.exe or PowerShell). The caller must send a line that means the same to every shell;
   * the app sends only `powershell.exe <fixed switches> -EncodedCommand <base64>`. Cancel and timeout close the
   * channel, which ends the remote process.
   */
  async execCommandLine(commandLine: string, what: string, options: SshExecOptions = {}): Promise<SshExecResult> {
    if (/[\r\n\0]/.test(commandLine)) throw new SshError('INVALID_ARGUMENT', 'A command line for a Windows host must be one line.');
    return this.run(commandLine, `${what} on ${where(this.profile)}`, randomBytes(6).toString('hex'), options);
  }

  /** Writes a file over SFTP (mode 0600 where the server honours modes), e.g. a node's config on a Windows host. */
  async uploadFile(remotePath: string, content: string | Uint8Array): Promise<void> {
    const live = await this.ensureConnected();
    try {
      const sftp = await new Promise<SFTPWrapper>((resolve, reject) => live.client.sftp((error, session) => (error ? reject(error) : resolve(session))));
      try {
        await new Promise<void>((resolve, reject) => sftp.writeFile(remotePath, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content), { mode: 0o600 }, (error) => (error ? reject(error) : resolve())));
      } finally {
        sftp.end();
      }
    } catch (error) {
      const message = scrubSecrets((error as Error).message ?? String(error), profileSecrets(this.profile));
      if (live.lost) throw new SshError('CONNECTION_LOST', `The connection to ${where(this.profile)} dropped while uploading ${remotePath} (${message}).`);
      throw new SshError('COMMAND_FAILED', `Could not upload ${remotePath} to ${where(this.profile)} over SFTP: ${message}.`);
    }
  }

  private async run(commandLine: string, what: string, nonce: string, options: SshExecOptions): Promise<SshExecResult> {
    let release: () => void;
    try {
      release = await this.channels.acquire(options.signal);
    } catch {
      return cancelledResult; // aborted while waiting for a free channel
    }
    const opening = this.openChannel(commandLine);
    const opened = await untilAborted(opening, options.signal).catch((error: unknown) => {
      release();
      throw error;
    });
    if (opened === 'aborted') {
      // the open may still complete; close that channel and free its slot then
      opening.then(({ channel }) => channel.close(), () => undefined).finally(release);
      return cancelledResult;
    }
    try {
      const { channel, live } = opened;
      const killGroup = live.killer.kill.bind(live.killer);
      return await runExecChannel(channel, options, { what, nonce, connectionLost: () => live.lost, killGroup });
    } finally {
      release();
    }
  }

  /**
   * Opens a channel that stays open across commands (ShellSession's one `sh`). It holds one of the connection's
   * channel slots until `release()`, which the caller makes once the channel closed.
   */
  async openLongLivedChannel(command: string, signal?: AbortSignal): Promise<LongLivedChannel> {
    const release = await this.channels.acquire(signal);
    try {
      const { channel, live } = await this.openChannel(command);
      return { channel, release, connectionLost: () => live.lost, killGroup: live.killer.kill.bind(live.killer) };
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * Writes `content` to `remotePath` on the host (through a temporary sibling and a rename, so nobody ever reads
   * half a file). Throws SshError COMMAND_FAILED with the remote error when it cannot.
   */
  writeFile(remotePath: string, content: string | Uint8Array, options: RemoteFileOptions = {}): Promise<void> {
    return writeRemoteFile((argv, execOptions) => this.exec(argv, execOptions), remotePath, content, options);
  }

  /** Ends the connection; a later command would open a new one. */
  async close(): Promise<void> {
    const live = this.live ?? (await this.connecting?.catch(() => undefined));
    this.live = undefined;
    if (live === undefined || live.lost) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        live.client.destroy();
        resolve();
      }, 2_000);
      live.client.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      live.client.end();
    });
  }

  /** Opens an exec channel, reconnecting once if the connection turns out dead before the command was sent. */
  private async openChannel(command: string): Promise<{ channel: ClientChannel; live: Live }> {
    const first = await this.ensureConnected();
    try {
      return { channel: await execOn(first.client, command), live: first };
    } catch (error) {
      if (!notSentYet(error)) throw this.channelError(error, first);
      first.lost = true;
      first.client.destroy();
      if (this.live === first) this.live = undefined;
    }
    const second = await this.ensureConnected();
    try {
      return { channel: await execOn(second.client, command), live: second };
    } catch (error) {
      throw this.channelError(error, second);
    }
  }

  private channelError(error: unknown, live: Live): SshError {
    const message = scrubSecrets((error as Error).message ?? String(error), profileSecrets(this.profile));
    if (live.lost) return new SshError('CONNECTION_LOST', `The connection to ${where(this.profile)} dropped while starting a command (${message}).`);
    return new SshError('CHANNEL_FAILED', `${where(this.profile)} refused to start a command (${message}).`);
  }

  private ensureConnected(): Promise<Live> {
    if (this.live !== undefined && !this.live.lost) return Promise.resolve(this.live);
    this.connecting ??= dialSsh(this.profile, this.knownHosts, this.options, (live) => {
      if (this.live === live) this.live = undefined;
    })
      .then((live) => (this.live = live))
      .finally(() => {
        this.connecting = undefined;
      });
    return this.connecting;
  }
}

/**
 * ssh2 says "Not connected" when the socket is already gone and "No response from server" when it died while the
 * channel was opening: both before the exec request left, so retrying cannot run the command twice.
 */
function notSentYet(error: unknown): boolean {
  const message = (error as Error).message ?? '';
  return message === 'Not connected' || message === 'No response from server';
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'aborted'> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
