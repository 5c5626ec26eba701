import { useCallback } from 'react';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { useApi } from '../../api/use-api.js';
import { describeFailure, reportFailure } from '../../store/connection-store.js';
import { useInstallSession } from './install-session.js';
import type { NodeRunKind } from './node-requests.js';

export type StartOutcome = { ok: true; jobId: string } | { ok: false; message: string; code?: string; error: unknown };

/**
 * Starts one job for one machine and records it for that machine in the session. A refusal for missing
 * administrator rights (NOT_ELEVATED) is kept where the step shows it prominently; other failures go back to
 * the caller, which reports them (one node's failure must not hide the others' starts).
 */
export function useStartNodeJob() {
  const api = useApi();
  return useCallback(
    async (targetKey: string, kind: NodeRunKind | 'authorize', request: JobRequest): Promise<StartOutcome> => {
      const session = useInstallSession.getState();
      try {
        const { jobId } = await api.jobs.start(request);
        session.record(targetKey, kind, jobId);
        session.setNotElevated(null);
        return { ok: true, jobId };
      } catch (error) {
        const failure = describeFailure(error);
        if (failure.code === 'NOT_ELEVATED') session.setNotElevated(failure.message);
        return { ok: false, ...failure, error };
      }
    },
    [api],
  );
}

/** For a single start: the snackbar says why it failed, except a NOT_ELEVATED refusal, which the step shows itself. */
export function reportStartFailure(outcome: StartOutcome, context: string): void {
  if (!outcome.ok && outcome.code !== 'NOT_ELEVATED') reportFailure(outcome.error, context);
}
