import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { BlockerList } from '../../components/BlockerList.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useLatestJob } from '../../store/use-latest-job.js';
import { latestJobOfKind, useJobsStore } from '../../store/jobs-store.js';
import { PlayIcon } from './flannel-icons.js';
import { DaemonSetsPreview } from './DaemonSetsPreview.js';
import { HostProcessManifestsList } from './HostProcessManifestsList.js';
import { JobOutcome } from './JobOutcome.js';
import { JobStepList } from './JobStepList.js';

/**
 * containerd + kubeadm only: the HostProcess flannel and kube-proxy DaemonSets that run on the Windows nodes, rendered
 * by the job with this cluster's values, applied and checked; steps live here, every log line in the log drawer.
 */
export function WindowsDaemonSetsPanel(props: { request: Extract<JobRequest, { kind: 'deployWindowsDaemonSets' }> | undefined; missing: readonly string[]; serviceCidr: string }) {
  const { job, running, starting, start: startJob, showJob } = useLatestJob('deployWindowsDaemonSets', 'Could not start deploying the Windows DaemonSets');
  const configured = useJobsStore((state) => latestJobOfKind(state.jobs, 'configureControlPlane')?.state === 'succeeded');
  const { request } = props;
  const start = () => startJob(request);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="windows-daemonsets-title" sx={{ p: 2 }} data-testid="windows-daemonsets">
      <Typography id="windows-daemonsets-title" variant="subtitle1" component="h3">
        Windows DaemonSets (HostProcess flannel and kube-proxy)
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        With containerd + kubeadm, flannel and kube-proxy run on the Windows nodes as HostProcess containers started by
        DaemonSets. The job fills sig-windows-tools’ flannel-overlay.yml and kube-proxy.yml with this cluster’s flannel and
        Kubernetes versions and the service range {props.serviceCidr.trim() || '(from the IP plan)'}, applies them after
        flannel’s RBAC, and checks that they select only Windows nodes.
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }} data-testid="windows-daemonsets-vip-note">
        Windows pods cannot reach the API server through its service VIP (the first address of the service range), so the
        DaemonSets get the API server’s real address and port, read from the cluster.
      </Typography>
      {!configured && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }} data-testid="windows-daemonsets-configure-first">
          Configure the control plane first (above), unless flannel already runs there with the Windows settings: the
          HostProcess flannel reads its network from flannel’s kube-flannel-cfg ConfigMap.
        </Alert>
      )}
      <HostProcessManifestsList />
      <DaemonSetsPreview serviceCidr={props.serviceCidr} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" startIcon={<PlayIcon />} disabled={!request || running || starting} onClick={() => void start()} data-testid="deploy-windows-daemonsets">
          {running ? 'Deploying…' : job ? 'Deploy again' : 'Deploy the Windows DaemonSets'}
        </Button>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status" data-testid="windows-daemonsets-status" data-state={job?.state ?? 'not-run'}>
          {job ? (
            <>
              <JobStateChip state={job.state} />
              <Button size="small" onClick={() => showJob(job.id)}>
                Show log
              </Button>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              Not deployed from this app yet.
            </Typography>
          )}
        </Stack>
      </Stack>
      <BlockerList items={props.missing} testId="windows-daemonsets-missing" />
      {job && (
        <Stack spacing={1.5} sx={{ mt: 2 }}>
          <JobProgress job={job} testId="windows-daemonsets-progress" />
          <JobStepList steps={job.steps} testId="windows-daemonsets-steps" />
          <JobOutcome
            job={job}
            onShowLog={() => showJob(job.id)}
            testId="windows-daemonsets-outcome"
            succeeded="The HostProcess flannel and kube-proxy DaemonSets are applied; their pods start on each Windows node as it joins."
          />
        </Stack>
      )}
    </Paper>
  );
}
