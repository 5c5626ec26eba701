import { randomBytes } from 'node:crypto';
import type { WizardEvent } from '../../../shared/ipc/contract-types.js';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { isFinished, type JobRequest, type JobResult, type JobState, type JobSummary, type LogLine, type LogStream } from '../../../shared/jobs/job-types.js';
import { KeyBlockRedaction } from '../../../shared/logs/key-block-redaction.js';
import { Redactor } from '../../../shared/logs/redact.js';
import { runProcess } from '../process/process-runner.js';
import { JobFailure, type JobContext, type JobDefinition, type JobDefinitions } from './job-definition.js';
import { describeWriteFailure, isValidJobId, JobFiles, type JobLogWriter, type WriteBytes } from './job-files.js';
import { LogBatcher, defaultBatchLimits, type BatchLimits } from './log-batcher.js';

interface RunningJob {
  summary: JobSummary;
  conflictKey: string;
  abort: AbortController;
  writer: JobLogWriter;
  batcher: LogBatcher;
  done: Promise<void>;
  /** The step most recently started; each log line records it, so the viewer can filter by step. */
  currentStep?: string;
  /** Why the job's files could not be written (e.g. a full disk): the job stops and fails with this. */
  writeFailure?: string;
  /** Per stream: whether a private key block printed over several lines is open (see KeyBlockRedaction). */
  keyBlocks: Record<LogStream, KeyBlockRedaction>;
}

export interface JobRunnerOptions {
  logDir: string;
  /** The job kinds this host can run; a test may register only the one it exercises. */
  definitions: Partial<JobDefinitions>;
  emit: (event: WizardEvent) => void;
  redactor?: Redactor;
  batchLimits?: BatchLimits;
  /** Tests only: the call that writes job files, to simulate a full disk. */
  writeBytes?: WriteBytes;
}

const maxLogLinesPerRequest = 5000;

/** Starts jobs, tracks their state, and records and streams their logs. */
export class JobRunner {
  private readonly files: JobFiles;
  private readonly running = new Map<string, RunningJob>();
  private readonly finished = new Map<string, JobSummary>();
  /** Results of succeeded jobs, in memory only (they may be secrets); bounded, oldest dropped first. */
  private readonly results = new Map<string, JobResult>();
  private readonly redactor: Redactor;
  /** Jobs that share a concurrency key (e.g. remote node installs) wait here, `queued`, for a free slot. */
  private readonly slots = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(private readonly options: JobRunnerOptions) {
    this.files = new JobFiles(options.logDir, options.writeBytes);
    this.redactor = options.redactor ?? new Redactor();
    this.markOrphansInterrupted();
  }

  start(request: JobRequest): string {
    const definition = this.options.definitions[request.kind] as JobDefinition | undefined;
    if (!definition) throw new WizardError('INVALID_ARGUMENT', `This host cannot run "${request.kind}" jobs.`, 'kind');
    const conflictKey = definition.conflictKey(request);
    for (const job of this.running.values()) {
      if (job.conflictKey === conflictKey) {
        throw new WizardError('CONFLICT', `"${job.summary.title}" is already running (job ${job.summary.id}); wait for it or cancel it.`);
      }
    }
    const id = `${request.kind}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    const summary: JobSummary = {
      id,
      kind: request.kind,
      title: definition.title(request),
      state: 'queued',
      steps: definition.steps(request).map((name) => ({ name, state: 'pending' })),
      startedAt: new Date().toISOString(),
      logLines: 0,
      logFile: this.files.logPath(id),
    };
    const job: RunningJob = {
      summary,
      conflictKey,
      abort: new AbortController(),
      writer: this.files.openLog(id),
      batcher: new LogBatcher((lines) => this.options.emit({ name: 'job.log', payload: { jobId: id, lines } }), this.options.batchLimits ?? defaultBatchLimits),
      keyBlocks: { stdout: new KeyBlockRedaction(), stderr: new KeyBlockRedaction(), info: new KeyBlockRedaction() },
      done: Promise.resolve(),
    };
    this.running.set(id, job);
    this.publish(job);
    job.done = this.execute(job, definition, request);
    return id;
  }

  cancel(id: string): boolean {
    const job = this.running.get(id);
    if (!job) return false;
    job.abort.abort();
    return true;
  }

  list(): JobSummary[] {
    const all = new Map<string, JobSummary>();
    for (const summary of this.files.readSummaries()) all.set(summary.id, summary);
    for (const [id, summary] of this.finished) all.set(id, summary);
    for (const [id, job] of this.running) all.set(id, job.summary);
    return [...all.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).slice(-50);
  }

  readLog(id: string, fromSeq = 1): { lines: LogLine[]; truncated: boolean } {
    if (!isValidJobId(id) || !this.list().some((job) => job.id === id)) {
      throw new WizardError('NOT_FOUND', `No job with id ${id}.`, 'jobId');
    }
    this.running.get(id)?.batcher.flush();
    return this.files.readLog(id, fromSeq, maxLogLinesPerRequest);
  }

  /** A succeeded job's result, or null (none, not finished yet, or dropped). */
  result(id: string): JobResult | null {
    if (!isValidJobId(id) || !this.list().some((job) => job.id === id)) {
      throw new WizardError('NOT_FOUND', `No job with id ${id}.`, 'jobId');
    }
    return this.finished.get(id)?.state === 'succeeded' ? (this.results.get(id) ?? null) : null;
  }

  /** Resolves when the job has finished (tests and shutdown wait on it). */
  async whenDone(id: string): Promise<JobSummary | undefined> {
    await this.running.get(id)?.done;
    return this.finished.get(id);
  }

  /**
   * The host is going away: stop every job's process, record it as interrupted, and write everything
   * synchronously, because the process may exit right after this returns.
   */
  interruptAll(reason: string): void {
    for (const job of this.running.values()) {
      job.abort.abort();
      this.appendLog(job, 'info', `Interrupted: ${reason}`);
      this.finish(job, 'interrupted', reason);
    }
  }

  private async execute(job: RunningJob, definition: JobDefinition, request: JobRequest): Promise<void> {
    await Promise.resolve(); // let start() return the id before the first event
    const limit = definition.concurrency?.(request);
    const release = limit ? await this.acquireSlot(limit.key, limit.limit, job) : () => undefined;
    if (job.abort.signal.aborted) {
      release();
      this.finish(job, 'cancelled', 'Cancelled by the operator before it started.');
      return;
    }
    this.setState(job, 'running');
    try {
      await definition.run(this.contextFor(job), request);
      if (job.abort.signal.aborted) this.finish(job, 'cancelled', 'Cancelled by the operator.');
      else this.finish(job, 'succeeded');
    } catch (error) {
      if (job.abort.signal.aborted) this.finish(job, 'cancelled', 'Cancelled by the operator.');
      else {
        const message = error instanceof JobFailure ? error.message : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
        this.appendLog(job, 'stderr', message);
        this.finish(job, 'failed', message);
      }
    } finally {
      release();
    }
  }

  /** Waits (queued) until fewer than `limit` jobs with this key run, or the job is cancelled while waiting. */
  private async acquireSlot(key: string, limit: number, job: RunningJob): Promise<() => void> {
    const slot = this.slots.get(key) ?? { active: 0, waiting: [] };
    this.slots.set(key, slot);
    if (slot.active >= limit) {
      this.appendLog(job, 'info', `Queued: ${slot.active} jobs of this kind are running (at most ${limit} at once).`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          job.abort.signal.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          slot.waiting.splice(slot.waiting.indexOf(wake), 1);
          resolve();
        };
        slot.waiting.push(wake);
        job.abort.signal.addEventListener('abort', leave, { once: true });
      });
      if (job.abort.signal.aborted) return () => undefined;
    }
    slot.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.active--;
      slot.waiting.shift()?.();
    };
  }

  private contextFor(job: RunningJob): JobContext {
    return {
      jobId: job.summary.id,
      signal: job.abort.signal,
      log: (stream, text) => {
        for (const line of text.split(/\r?\n/)) this.appendLog(job, stream, line);
      },
      markStep: (name, state) => this.setStep(job, name, state),
      step: async (name, work) => {
        if (job.abort.signal.aborted) throw new Error('cancelled');
        this.setStep(job, name, 'running');
        try {
          const result = await work();
          // A cancelled process returns normally; the step did not complete, and no later step may start.
          if (job.abort.signal.aborted) throw new Error('cancelled');
          this.setStep(job, name, 'succeeded');
          return result;
        } catch (error) {
          this.setStep(job, name, 'failed');
          throw error;
        }
      },
      setResult: (result) => {
        this.results.set(job.summary.id, result);
        if (this.results.size > 20) this.results.delete(this.results.keys().next().value!);
      },
      addSecret: (secret) => this.redactor.addSecret(secret),
      run: (options) =>
        runProcess({
          ...options,
          signal: job.abort.signal,
          onLines: (stream, lines) => this.appendLines(job, stream, lines),
        }),
    };
  }

  private appendLog(job: RunningJob, stream: LogStream, text: string): void {
    this.appendLines(job, stream, [text]);
  }

  private appendLines(job: RunningJob, stream: LogStream, texts: readonly string[]): void {
    if (isFinished(job.summary.state)) return;
    const time = new Date().toISOString();
    const step = job.currentStep;
    const lines = texts.map((text) => ({ seq: ++job.summary.logLines, stream, text: this.redactor.redact(job.keyBlocks[stream].filter(text)), time, ...(step === undefined ? {} : { step }) }));
    try {
      job.writer.append(lines);
    } catch (error) {
      this.writeFailed(job, describeWriteFailure(error, `the log of job ${job.summary.id}`, job.summary.logFile));
    }
    job.batcher.add(lines);
  }

  private setStep(job: RunningJob, name: string, state: JobSummary['steps'][number]['state']): void {
    if (state === 'running' && job.currentStep !== name) {
      job.currentStep = name;
      this.files.markStep(job.summary.id, job.summary.logLines + 1, name);
    }
    const step = job.summary.steps.find((candidate) => candidate.name === name);
    if (step) step.state = state;
    else job.summary.steps.push({ name, state });
    this.publish(job);
  }

  private setState(job: RunningJob, state: JobState): void {
    job.summary.state = state;
    this.publish(job);
  }

  /**
   * The job's log or summary could not be written. The job stops and fails rather than run on unrecorded: its
   * steps are safe to run again once there is space, and the operator sees why, live and in the summary.
   */
  private writeFailed(job: RunningJob, message: string): void {
    if (job.writeFailure !== undefined || isFinished(job.summary.state)) return;
    job.writeFailure = message;
    this.appendLog(job, 'stderr', message); // streamed to the window; the file takes nothing more
    job.abort.abort();
  }

  private finish(job: RunningJob, state: JobState, message?: string): void {
    if (isFinished(job.summary.state)) return;
    // Stopped because its files could not be written: that is a failure, not the operator's cancel.
    if (job.writeFailure !== undefined && state === 'cancelled') [state, message] = ['failed', job.writeFailure];
    for (const step of job.summary.steps) {
      if (step.state === 'running') step.state = state === 'succeeded' ? 'succeeded' : 'failed';
      else if (step.state === 'pending' && state !== 'succeeded') step.state = 'skipped';
    }
    job.summary.finishedAt = new Date().toISOString();
    // The message often quotes a program's error, which may quote a secret: it is redacted like every log line.
    if (message !== undefined) job.summary.message = this.redactor.redact(message);
    job.batcher.flush();
    job.summary.state = state;
    job.writer.close();
    this.running.delete(job.summary.id);
    this.finished.set(job.summary.id, job.summary);
    this.publish(job);
  }

  private publish(job: RunningJob): void {
    const failure = this.files.writeSummary(job.summary);
    if (failure) this.writeFailed(job, describeWriteFailure(failure, `the summary of job ${job.summary.id}`, this.files.summaryPath(job.summary.id)));
    this.options.emit({ name: 'job.state', payload: structuredClone(job.summary) });
  }

  /** Jobs recorded as running by a process that is gone were interrupted; say so instead of "running" forever. */
  private markOrphansInterrupted(): void {
    for (const summary of this.files.readSummaries()) {
      if (isFinished(summary.state)) continue;
      this.files.writeSummary({
        ...summary,
        state: 'interrupted',
        finishedAt: summary.finishedAt ?? new Date().toISOString(),
        message: 'The app stopped while this job ran; its log is complete up to that moment.',
      });
    }
  }
}
