import { useEffect } from 'react';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { useApi } from '../../api/use-api.js';
import { describeFailure } from '../../store/connection-store.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { useInstallSession, type PreflightOutcome } from './install-session.js';

/** Jobs whose result is being fetched, so several rows showing one job ask once. */
const fetching = new Set<string>();

/** The report of a finished preflight job, fetched once by `jobs.result` and kept for the session. */
export function usePreflightReport(jobId: string | undefined): PreflightOutcome | undefined {
  const api = useApi();
  const job = useJobsStore((state) => (jobId ? state.jobs[jobId] : undefined));
  const outcome = useInstallSession((state) => (jobId ? state.reports[jobId] : undefined));
  const finished = job !== undefined && isFinished(job.state);
  const message = job?.message;

  useEffect(() => {
    if (!jobId || !finished || outcome || fetching.has(jobId)) return;
    fetching.add(jobId);
    const store = useInstallSession.getState();
    api.jobs
      .result({ jobId })
      .then((result) => {
        if (result?.kind === 'preflight') store.setReport(jobId, { status: 'loaded', report: result.report });
        else store.setReport(jobId, { status: 'missing', message: message ?? 'The preflight ended without a report: read its log, then run it again.' });
      })
      .catch((error: unknown) => store.setReport(jobId, { status: 'missing', message: describeFailure(error, 'Could not read the preflight report').message }))
      .finally(() => fetching.delete(jobId));
  }, [api, jobId, finished, outcome, message]);

  return outcome;
}
