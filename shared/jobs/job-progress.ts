import type { JobStep, JobSummary } from './job-types.js';

/** Where a job stands, in numbers for a progress bar and words for the operator. */
export interface JobProgress {
  /** 1-based number of the step running (or where the job stopped); `stepCount` once done; 0 before any step. */
  stepIndex: number;
  /** How many steps the job declared; 0 when it declared none, and then no bar can be determinate. */
  stepCount: number;
  stepName: string | undefined;
  /** "Step 3 of 8 — Write the configuration file", "Failed at step 2 of 3 — …", "Done — 3 of 3 steps". */
  label: string;
  /** 0…1 for a determinate bar (finished steps over all steps); undefined when the length is not known. */
  fraction: number | undefined;
  /** Since the job started; up to `finishedAt` once it ended, so a finished job's time stands still. */
  elapsedMs: number;
}

type ProgressSource = Pick<JobSummary, 'state' | 'steps' | 'startedAt' | 'finishedAt'>;

const doneStates: ReadonlySet<JobStep['state']> = new Set(['succeeded', 'skipped', 'failed']);
const endedWords = { failed: 'Failed', cancelled: 'Cancelled', interrupted: 'Interrupted' } as const;

/** `now` is passed in (milliseconds since the epoch) so the result is pure and a view can tick it. */
export function jobProgress(job: ProgressSource, now: number): JobProgress {
  return { ...stepPosition(job), elapsedMs: elapsedOf(job, now) };
}

/** The step part of the progress alone: needs no clock, so a view can show it without ticking. */
export function stepPosition(job: Pick<JobSummary, 'state' | 'steps'>): Omit<JobProgress, 'elapsedMs'> {
  const { steps } = job;
  const stepCount = steps.length;
  const finished = steps.filter((step) => doneStates.has(step.state)).length;
  const fraction = stepCount === 0 ? undefined : job.state === 'succeeded' ? 1 : finished / stepCount;
  const at = (index: number) => ({ stepIndex: index + 1, stepName: steps[index]?.name });
  const describe = (prefix: string, index: number) => `${prefix} ${index + 1} of ${stepCount} — ${steps[index]?.name ?? ''}`;

  if (job.state === 'queued') {
    return { stepIndex: 0, stepCount, stepName: undefined, label: `Queued — starts by itself when a slot is free${stepCount > 0 ? ` (${stepCount} steps)` : ''}`, fraction: stepCount === 0 ? undefined : 0 };
  }
  if (stepCount === 0) {
    const label = job.state === 'running' ? 'Running' : job.state === 'succeeded' ? 'Done' : endedWords[job.state];
    return { stepIndex: 0, stepCount, stepName: undefined, label, fraction };
  }
  if (job.state === 'succeeded') {
    const ran = steps.filter((step) => step.state === 'succeeded' || step.state === 'failed').length;
    const label = ran === stepCount ? `Done — ${stepCount} of ${stepCount} steps` : `Done — ${ran} of ${stepCount} steps ran, ${stepCount - ran} not needed`;
    return { stepIndex: stepCount, stepCount, stepName: undefined, label, fraction };
  }
  const failed = steps.findIndex((step) => step.state === 'failed');
  if (job.state !== 'running') {
    if (failed >= 0) return { ...at(failed), stepCount, label: describe(`${endedWords[job.state]} at step`, failed), fraction };
    return { stepIndex: finished, stepCount, stepName: undefined, label: `${endedWords[job.state]} after ${finished} of ${stepCount} steps`, fraction };
  }
  // Running: the step under way, else the next one to start (between two steps, or before the first).
  const running = steps.findIndex((step) => step.state === 'running');
  const current = running >= 0 ? running : steps.findIndex((step) => step.state === 'pending');
  if (current < 0) return { stepIndex: stepCount, stepCount, stepName: undefined, label: `Finishing — ${finished} of ${stepCount} steps done`, fraction };
  return { ...at(current), stepCount, label: describe('Step', current), fraction };
}

function elapsedOf(job: ProgressSource, now: number): number {
  const started = Date.parse(job.startedAt);
  const ended = job.finishedAt === undefined ? now : Date.parse(job.finishedAt);
  const elapsed = ended - started;
  return Number.isFinite(elapsed) && elapsed > 0 ? elapsed : 0;
}

/** "04:07" under an hour, "1:02:03" beyond: whole seconds, never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
