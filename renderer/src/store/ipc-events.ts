import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import type { LogLine } from '../../../shared/jobs/job-types.js';
import { useConnectionStore } from './connection-store.js';
import { useJobsStore } from './jobs-store.js';
import { LogCoalescer } from './log-coalescer.js';
import { logWindowSize } from './log-window.js';

/**
 * The one place that turns the main side's events into store updates (components only read the stores
 * and call the API). It also fetches what happened before this page loaded: the app info, the jobs
 * already known, and the tail of each one's log.
 */
export function startIpcEvents(api: WizardApi): () => void {
  const jobs = useJobsStore.getState();
  const connection = useConnectionStore.getState();
  const backfilling = new Set<string>();

  /** Reads the log lines this view missed, at most one window's worth, ending at the newest. */
  const backfill = (jobId: string, beforeSeq: number) => {
    if (backfilling.has(jobId) || beforeSeq <= 1) return;
    backfilling.add(jobId);
    const fromSeq = Math.max(1, beforeSeq - logWindowSize);
    api.jobs
      .log({ jobId, fromSeq })
      .then((result) => jobs.applyLog(jobId, result.lines))
      .catch((error: unknown) => connection.reportFailure(error, `Could not read the log of job ${jobId}`))
      .finally(() => backfilling.delete(jobId));
  };

  /** A live batch that does not continue what we hold means lines were missed (the page loaded mid-job). */
  const onLog = (jobId: string, first: number, lines: readonly LogLine[]) => {
    const held = useJobsStore.getState().logs[jobId]?.lines ?? [];
    const lastHeld = held.at(-1)?.seq ?? 0;
    jobs.applyLog(jobId, lines);
    if (first > lastHeld + 1 && Number.isFinite(first)) backfill(jobId, first);
  };
  const liveLogs = new LogCoalescer(onLog);

  const unsubscribe = api.onEvent((event) => {
    switch (event.name) {
      case 'job.state':
        // lines logged before this state change reach the store first (a job's last lines, then "succeeded")
        liveLogs.flush();
        jobs.upsertJob(event.payload);
        break;
      case 'job.log':
        liveLogs.add(event.payload.jobId, event.payload.lines);
        break;
    }
  });

  api.app
    .info()
    .then((info) => connection.setAppInfo(info))
    .catch((error: unknown) => connection.reportFailure(error, 'Could not read the app information'));

  api.jobs
    .list()
    .then((known) => {
      jobs.addKnownJobs(known);
      for (const job of known) {
        const firstHeld = useJobsStore.getState().logs[job.id]?.lines[0]?.seq ?? job.logLines + 1;
        backfill(job.id, firstHeld);
      }
    })
    .catch((error: unknown) => connection.reportFailure(error, 'Could not list the jobs'));

  return () => {
    unsubscribe();
    liveLogs.flush();
  };
}
