import { useEffect, useState } from 'react';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { useApi } from '../../api/use-api.js';
import { describeFailure, reportFailure } from '../../store/connection-store.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { usePlanStore } from '../../store/plan-store.js';
import { editField } from './config-model.js';
import { useNodeConfigSession } from './node-config-session.js';

/**
 * Runs `fetchJoinCredentials` and, once it succeeded, asks the main side for its in-memory result: the token
 * and CA hash go into the plan's secrets (sealed on disk), the API server's address into the config.
 */
export function useJoinCredentials() {
  const api = useApi();
  const fetch = useNodeConfigSession((state) => state.fetch);
  const setFetch = useNodeConfigSession((state) => state.setFetch);
  const job = useJobsStore((state) => (fetch ? state.jobs[fetch.jobId] : undefined));
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (fetch?.status !== 'running' || !job || !isFinished(job.state)) return;
    const { jobId } = fetch;
    if (job.state !== 'succeeded') {
      setFetch({ status: 'failed', jobId, message: job.message ?? `The job was ${job.state}.` });
      return;
    }
    setFetch({ status: 'collecting', jobId });
    api.jobs
      .result({ jobId })
      .then((result) => {
        if (result?.kind !== 'fetchJoinCredentials') {
          setFetch({ status: 'failed', jobId, message: 'The job finished without credentials; run it again.' });
          return;
        }
        const plan = usePlanStore.getState();
        plan.setSecrets({ kubeadmToken: result.token, kubeadmCaHash: result.caHash });
        if (result.ipAddress) plan.updateNodeConfig((config) => editField(config, 'Kubernetes.ControlPlane.IpAddress', result.ipAddress));
        setFetch({ status: 'applied', jobId, apiServer: result.apiServer });
      })
      .catch((error: unknown) => setFetch({ status: 'failed', jobId, message: describeFailure(error).message }));
  }, [api, fetch, job, setFetch]);

  const start = async (connection: SshProfile) => {
    setStarting(true);
    try {
      const { jobId } = await api.jobs.start({ kind: 'fetchJoinCredentials', connection });
      setFetch({ status: 'running', jobId });
      useJobsStore.getState().showJob(jobId);
    } catch (error) {
      reportFailure(error, 'Could not start fetching the join token');
    } finally {
      setStarting(false);
    }
  };

  const busy = starting || fetch?.status === 'running' || fetch?.status === 'collecting';
  return { fetch, job, busy, start };
}
