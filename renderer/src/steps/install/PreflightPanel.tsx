import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { BlockerList } from '../../components/BlockerList.js';
import { nodeRunRequestFor } from './bulk-run.js';
import { runsOf, useInstallSession } from './install-session.js';
import type { NodeContext, TargetView } from './node-context.js';
import { PreflightReportView } from './PreflightReportView.js';
import { usePreflightReport } from './use-preflight-report.js';
import { reportStartFailure, useStartNodeJob } from './use-start-node-job.js';

/**
 * Preflight for one machine: read-only checks of the node (and of the control plane when the Flannel step's
 * connection is usable) before anything is changed, with the report as a checklist.
 */
export function PreflightPanel(props: { context: NodeContext; view: TargetView }) {
  const { context, view } = props;
  const jobId = useInstallSession((state) => runsOf(state.runs, view.key).preflight);
  const job = useJobsStore((state) => (jobId ? state.jobs[jobId] : undefined));
  const showJob = useJobsStore((state) => state.showJob);
  const outcome = usePreflightReport(jobId);
  const startJob = useStartNodeJob();
  const [starting, setStarting] = useState(false);
  const running = starting || (job !== undefined && !isFinished(job.state));
  const blockers = view.blockers.preflight;

  const run = async () => {
    if (!view.work || !view.key) return;
    const request = nodeRunRequestFor('preflight', view, context);
    if (!request) return;
    setStarting(true);
    reportStartFailure(await startJob(view.key, 'preflight', request), `Could not start the preflight of ${view.label}`);
    setStarting(false);
  };
  const disabled = blockers.length > 0 || running;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="preflight-title" sx={{ p: 2 }}>
      <Typography id="preflight-title" variant="subtitle1" component="h3">
        Preflight: {view.label}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Reads, changes nothing: administrator rights, the Windows build and KB4489899, the Containers feature, the
        adapters and Cni.InterfaceName, UDP 4789 in the firewall, MAC spoofing on VMs, the control plane’s API and SSH,
        {context.join.method === 'kubeadm'
          ? ' the token, containerd, the kubelet service and port 10250 (containerd + kubeadm needs no SSH key on the node).'
          : ' the token, and the node’s key in authorized_keys.'}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="preflight-control-plane-note" data-with-control-plane={context.controlPlane ? 'true' : 'false'}>
        {context.controlPlane
          ? `Includes the control-plane checks, over SSH as ${context.controlPlane.username}@${context.controlPlane.host}.`
          : `Without the control plane: its checks are skipped. ${context.controlPlaneBlocker ?? ''}`}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" disabled={disabled} onClick={() => void run()} data-testid="run-preflight">
          {running ? 'Checking…' : job ? 'Run preflight again' : 'Run preflight'}
        </Button>
        {job && (
          <>
            <JobStateChip state={job.state} />
            <Button size="small" onClick={() => showJob(job.id)} data-testid="preflight-show-log">
              Show log
            </Button>
          </>
        )}
      </Stack>
      <BlockerList items={blockers} testId="preflight-blocked" configErrors={context.configErrors > 0} />
      {job && (
        <Box sx={{ mt: 1.5 }}>
          <JobProgress job={job} testId="preflight-progress" />
        </Box>
      )}
      {outcome?.status === 'loaded' && (
        <Stack sx={{ mt: 2 }}>
          <PreflightReportView report={outcome.report} context={context} view={view} onRerun={() => void run()} rerunDisabled={disabled} />
        </Stack>
      )}
      {outcome?.status === 'missing' && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="preflight-failed">
          {outcome.message}
        </Alert>
      )}
    </Paper>
  );
}
