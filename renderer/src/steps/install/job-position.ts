import type { JobSummary } from '../../../../shared/jobs/job-types.js';

export interface JobPosition {
  /** 1-based number of the step running (or where it stopped); 0 before the first step. */
  index: number;
  total: number;
  name: string | undefined;
  /** 0–100 for a determinate progress bar: finished steps over all steps. */
  percent: number;
  /** "Step 3 of 10: Write the configuration file", "Stopped at step 3 of 10: …", "Queued: …". */
  text: string;
}

/** Where a job with a known step list stands, in numbers for the bar and words for the operator. */
export function jobPosition(job: Pick<JobSummary, 'state' | 'steps'>): JobPosition {
  const { steps } = job;
  const total = steps.length;
  const finished = steps.filter((step) => step.state === 'succeeded' || step.state === 'skipped' || step.state === 'failed').length;
  const percent = total === 0 ? (job.state === 'succeeded' ? 100 : 0) : job.state === 'succeeded' ? 100 : Math.round((finished / total) * 100);
  const failed = steps.findIndex((step) => step.state === 'failed');
  const running = steps.findIndex((step) => step.state === 'running');
  const at = failed >= 0 ? failed : running >= 0 ? running : -1;
  const name = at >= 0 ? steps[at]?.name : undefined;
  const index = at + 1;
  if (job.state === 'queued') return { index: 0, total, name: undefined, percent: 0, text: 'Queued: waits for a free slot (the concurrency limit), then starts by itself.' };
  if (total === 0) return { index: 0, total, name: undefined, percent, text: '' };
  if (failed >= 0) return { index, total, name, percent, text: `Stopped at step ${index} of ${total}: ${name ?? ''}` };
  if (running >= 0) return { index, total, name, percent, text: `Step ${index} of ${total}: ${name ?? ''}` };
  if (job.state === 'succeeded') {
    const skipped = steps.filter((step) => step.state === 'skipped' || step.state === 'pending').length;
    const text = skipped > 0 ? `Done: ${total - skipped} of ${total} steps ran, ${skipped} not needed or left for later` : `All ${total} steps done`;
    return { index: total, total, name: undefined, percent, text };
  }
  if (job.state === 'running') return { index: 0, total, name: undefined, percent, text: `${finished} of ${total} steps done` };
  return { index: 0, total, name: undefined, percent, text: `Ended (${job.state}) after ${finished} of ${total} steps` };
}
