import type { LogStream } from '../../../shared/jobs/job-types.js';
import type { SshExecOptions, SshExecResult } from './remote-exec.js';
import type { RemoteCommandTarget } from './job-shell.js';

/** The part of a JobContext a remote command needs: its cancel signal and its log. */
export interface JobLog {
  readonly signal: AbortSignal;
  log(stream: LogStream, text: string): void;
}

/**
 * Runs one remote command as part of a job: the job's cancel signal stops it, and every output line goes to the
 * job's log (which redacts). Callers that need the output too pass their own `onLines`, called as well.
 */
export function execInJob(
  job: JobLog,
  connection: RemoteCommandTarget,
  argv: readonly string[],
  options: Omit<SshExecOptions, 'signal'> = {},
): Promise<SshExecResult> {
  return connection.exec(argv, {
    ...options,
    signal: job.signal,
    onLines: (stream, lines) => {
      for (const line of lines) job.log(stream, line);
      options.onLines?.(stream, lines);
    },
  });
}
