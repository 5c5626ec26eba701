import { buildPosixCommand } from '../../../../shared/shell/posix-quote.js';
import { execInJob } from '../../ssh/job-ssh.js';
import type { RemoteCommandTarget } from '../../ssh/job-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';

export interface CaptureOptions {
  stdin?: string;
  timeoutMs?: number;
  /** Exit codes with stderr matching this are "not found", returned as undefined instead of failing. */
  notFound?: RegExp;
  /** Log stdout line by line (for short, human output); JSON is captured silently and summarised by the caller. */
  logStdout?: boolean;
}

/**
 * Runs one control-plane command for a job: the command line and stderr go to the log, stdout is returned.
 * A non-zero exit fails the step with the program's own error line, so the operator sees why.
 */
export async function runRemote(context: JobContext, connection: RemoteCommandTarget, argv: readonly string[], options: CaptureOptions = {}): Promise<string | undefined> {
  context.log('info', `$ ${buildPosixCommand(argv.map((arg) => (arg.length > 200 ? `${arg.slice(0, 60)}…` : arg)))}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const result = await execInJob(
    { signal: context.signal, log: (stream, text) => (stream === 'stderr' || options.logStdout ? context.log(stream, text) : undefined) },
    connection,
    argv,
    {
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
      onLines: (stream, lines) => (stream === 'stdout' ? stdout : stderr).push(...lines),
    },
  );
  if (result.cancelled) throw new JobFailure('Cancelled.');
  if (result.timedOut) throw new JobFailure(`${argv[0]} did not finish within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s.`);
  if (result.exitCode !== 0) {
    if (options.notFound && stderr.some((line) => options.notFound!.test(line))) return undefined;
    const reason = stderr.find((line) => line.trim() !== '') ?? `exit status ${result.exitCode ?? result.signal}`;
    throw new JobFailure(`${argv.slice(0, 3).join(' ')} failed: ${reason}`);
  }
  return stdout.join('\n');
}
