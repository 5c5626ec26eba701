import { useEffect, useState } from 'react';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { useApi } from '../../api/use-api.js';
import { describeFailure, reportFailure } from '../../store/connection-store.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { applyDetection, detectionSource } from './join-method-model.js';
import { useJoinMethodSession } from './join-method-session.js';
import { updateJoinMethod } from './update-join-method.js';

/**
 * Runs `detectCluster` over the control-plane connection and, once it succeeded, reads its in-memory result:
 * the version and the recommended method go into the plan, the nodes found stay in the session.
 */
export function useDetectCluster() {
  const api = useApi();
  const detect = useJoinMethodSession((state) => state.detect);
  const setDetect = useJoinMethodSession((state) => state.setDetect);
  const job = useJobsStore((state) => (detect ? state.jobs[detect.jobId] : undefined));
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (detect?.status !== 'running' || !job || !isFinished(job.state)) return;
    const { jobId, who } = detect;
    if (job.state !== 'succeeded') {
      setDetect({ status: 'failed', jobId, message: job.message ?? `The job was ${job.state}.` });
      return;
    }
    setDetect({ status: 'collecting', jobId });
    api.jobs
      .result({ jobId })
      .then((result) => {
        if (result?.kind !== 'detectCluster') {
          setDetect({ status: 'failed', jobId, message: 'The job finished without the cluster’s version; run it again.' });
          return;
        }
        const source = detectionSource(who, new Date());
        updateJoinMethod((draft) => applyDetection(draft, result, source));
        setDetect({ status: 'applied', jobId, cluster: result, source });
      })
      .catch((error: unknown) => setDetect({ status: 'failed', jobId, message: describeFailure(error).message }));
  }, [api, detect, job, setDetect]);

  const start = async (connection: SshProfile) => {
    setStarting(true);
    try {
      const { jobId } = await api.jobs.start({ kind: 'detectCluster', connection });
      setDetect({ status: 'running', jobId, who: { username: connection.username, host: connection.host } });
    } catch (error) {
      reportFailure(error, 'Could not start reading the cluster’s version');
    } finally {
      setStarting(false);
    }
  };

  const busy = starting || detect?.status === 'running' || detect?.status === 'collecting';
  return { detect, job, busy, start };
}
