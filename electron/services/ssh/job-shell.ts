import type { SshExecOptions, SshExecResult } from './remote-exec.js';
import type { SshConnection } from './ssh-connection.js';
import { ShellSession } from './shell-session.js';

/** Anything a job can run a remote command on: a connection, or a job's shell over one. */
export interface RemoteCommandTarget {
  exec(argv: readonly string[], options?: SshExecOptions): Promise<SshExecResult>;
}

/**
 * The commands of one job over one connection. A job's short control-plane commands (kubectl get, kubeadm token
 * list, …) run one after another in a single long-lived shell (ShellSession): sshd then forks a session and a login
 * shell once per job instead of once per command. A command that reads stdin (kubectl apply -f -, tee) still gets
 * its own exec channel, because the shell's stdin carries the commands themselves.
 */
export class JobShell implements RemoteCommandTarget {
  private readonly session: ShellSession;

  constructor(private readonly connection: SshConnection) {
    this.session = new ShellSession(connection);
  }

  exec(argv: readonly string[], options: SshExecOptions = {}): Promise<SshExecResult> {
    if (options.stdin !== undefined) return this.connection.exec(argv, options);
    const { stdin: _none, ...shellOptions } = options;
    return this.session.exec(argv, shellOptions);
  }

  /** Ends the shell; the connection stays in the pool for the next job. */
  close(): Promise<void> {
    return this.session.close();
  }
}

/** Runs a job's remote work in one JobShell, ended however the work ends (done, failed or cancelled). */
export async function withJobShell<T>(connection: SshConnection, work: (remote: JobShell) => Promise<T>): Promise<T> {
  const remote = new JobShell(connection);
  try {
    return await work(remote);
  } finally {
    await remote.close().catch(() => undefined);
  }
}
