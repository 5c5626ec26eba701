import type { JobKind, JobRequest, JobResult, LogStream } from '../../../shared/jobs/job-types.js';
import type { RunOptions, RunResult } from '../process/process-runner.js';

/** What a running job can do; everything it prints goes through `log`, which redacts and records. */
export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  log(stream: LogStream, text: string): void;
  /** Runs one named step (declared in `steps`), marking it running, then succeeded or failed. */
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
  /**
   * Sets a declared step's state directly, for steps a program's output reveals (KubeCluster.ps1's phases)
   * rather than steps the job runs as a unit.
   */
  markStep(name: string, state: 'running' | 'succeeded' | 'failed' | 'skipped'): void;
  /** Hands a result (possibly secret) to whoever asks by `jobs.result`; kept in memory only. */
  setResult(result: JobResult): void;
  /** Makes the redactor hide this value in every later log line, of every job. */
  addSecret(secret: string): void;
  /** Runs a program with this job's cancel signal, streaming its output into the log. */
  run(options: Omit<RunOptions, 'onLines' | 'signal'>): Promise<RunResult>;
}

export interface JobDefinition<R extends JobRequest = JobRequest> {
  kind: R['kind'];
  title(request: R): string;
  /** Step names known before the job starts, so the viewer can show "step n of m" from the first moment. */
  steps(request: R): string[];
  /** Two jobs with the same key must not run at once (e.g. two joins of the same node). */
  conflictKey(request: R): string;
  /** Jobs with the same key run at most `limit` at once; the rest wait `queued` (e.g. installs on many nodes). */
  concurrency?(request: R): { key: string; limit: number } | undefined;
  run(context: JobContext, request: R): Promise<void>;
}

export type JobDefinitions = { [K in JobKind]: JobDefinition<Extract<JobRequest, { kind: K }>> };

/** Thrown by a job to fail with a message for the operator rather than a stack trace. */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';
}
