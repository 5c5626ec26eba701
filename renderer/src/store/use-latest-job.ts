import { useState } from 'react';
import { isFinished, type JobKind, type JobRequest } from '../../../shared/jobs/job-types.js';
import { useApi } from '../api/use-api.js';
import { reportFailure } from './connection-store.js';
import { latestJobOfKind, useJobsStore } from './jobs-store.js';

/**
 * A panel that runs one kind of job and shows its latest run: that job, whether it (or its start) is under way,
 * and `start`, which opens the log drawer on the new job or reports why it could not start.
 */
export function useLatestJob(kind: JobKind, failureTitle: string) {
  const api = useApi();
  const job = useJobsStore((state) => latestJobOfKind(state.jobs, kind));
  const showJob = useJobsStore((state) => state.showJob);
  const [starting, setStarting] = useState(false);
  const running = job !== undefined && !isFinished(job.state);

  const start = async (request: JobRequest | undefined) => {
    if (!request) return;
    setStarting(true);
    try {
      const { jobId } = await api.jobs.start(request);
      showJob(jobId);
    } catch (error) {
      reportFailure(error, failureTitle);
    } finally {
      setStarting(false);
    }
  };

  return { job, running, starting, start, showJob };
}
