import { sftpPath } from '../../../shared/windows-node/node-paths.js';
import { powerShellArgv, withUtf8Output } from '../../../shared/powershell/powershell-argv.js';
import type { SshConnection } from '../ssh/ssh-connection.js';
import { SshError } from '../ssh/ssh-errors.js';
import type { ScriptOptions, ScriptRun, WindowsShell } from './windows-shell.js';

/** cmd.exe, Windows OpenSSH's default shell, takes at most 8,191 characters of command line. */
export const CMD_LINE_LIMIT = 8191;

/**
 * A Windows node over SSH (Windows OpenSSH, default shell cmd.exe or PowerShell). The command line is
 * `powershell.exe <switches> -EncodedCommand <base64>`: letters, digits, `-`, `+`, `/`, `=` and spaces only, so
 * it means the same to both shells. Each script is a new process; files go over SFTP.
 */
export class SshWindowsShell implements WindowsShell {
  readonly remote = true;

  constructor(
    readonly label: string,
    private readonly connection: SshConnection,
  ) {}

  connect(): Promise<void> {
    return this.connection.connect();
  }

  async runScript(script: string, options: ScriptOptions): Promise<ScriptRun> {
    const line = powerShellArgv(withUtf8Output(script)).join(' ');
    if (line.length > CMD_LINE_LIMIT) {
      throw new SshError('INVALID_ARGUMENT', `The script is too long for cmd.exe on the node (${line.length} characters encoded, at most ${CMD_LINE_LIMIT}).`);
    }
    try {
      const result = await this.connection.execCommandLine(line, 'powershell.exe', {
        onLines: options.onLines,
        signal: options.signal,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      return { exitCode: result.exitCode, cancelled: result.cancelled, timedOut: result.timedOut };
    } catch (error) {
      // A node that restarts (install enabling the Containers feature) drops the connection mid-script.
      if (error instanceof SshError && error.code === 'CONNECTION_LOST') return { exitCode: null, cancelled: false, timedOut: false, connectionLost: true };
      throw error;
    }
  }

  writeFile(path: string, content: string): Promise<void> {
    return this.connection.uploadFile(sftpPath(path), content);
  }
}
