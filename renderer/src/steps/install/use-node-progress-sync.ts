import { useEffect } from 'react';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { useApi } from '../../api/use-api.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { useNodeProgressStore } from '../../store/node-progress-store.js';
import { nodeProgressKinds as progressKinds } from './job-kind-words.js';

/** Reads the saved node progress when the step opens and again whenever an install, join or reset ends. */
export function useNodeProgressSync(): void {
  const api = useApi();
  const refresh = useNodeProgressStore((state) => state.refresh);
  // A string, so the selector's result compares equal until another node job actually ends.
  const ended = useJobsStore((state) =>
    Object.values(state.jobs)
      .filter((job) => progressKinds.has(job.kind) && isFinished(job.state))
      .map((job) => job.id)
      .sort()
      .join(','),
  );
  useEffect(() => {
    void refresh(api);
  }, [api, refresh, ended]);
}
