import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished, type JobSummary } from '../../../../shared/jobs/job-types.js';
import { stepPosition } from '../../../../shared/jobs/job-progress.js';
import { useApi } from '../../api/use-api.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { LogView } from '../../components/LogView.js';
import { reportFailure } from '../../store/connection-store.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { JobStepList } from '../flannel/JobStepList.js';
import { StopIcon } from './install-icons.js';
import { isModernNodeJob, nodeJobVerbs as verbs } from './job-kind-words.js';

/** How the run ended: the verdict read from the output (with its fix) up front, never only an exit code. */
function Outcome(props: { job: JobSummary; stoppedAt: string; restarting: boolean }) {
  const { job } = props;
  const verb = verbs[job.kind] ?? 'The job';
  if (props.restarting && isModernNodeJob(job.kind)) {
    return (
      <Alert severity="info" data-testid="node-job-outcome" data-state="rebooting">
        {verb} stopped here: Install-Containerd.ps1 enabled the Containers feature, which needs a restart. Restart the node,
        then run install again: it installs containerd and runs PrepareNode.ps1.
      </Alert>
    );
  }
  if (props.restarting) {
    return (
      <Alert severity="info" data-testid="node-job-outcome" data-state="rebooting">
        {verb} stopped here because the machine restarts; KubeCluster.ps1 finishes the install by itself after the restart.
        Then continue with join.{job.message ? ` ${job.message}` : ''}
      </Alert>
    );
  }
  if (job.state === 'succeeded') {
    return (
      <Alert severity="success" data-testid="node-job-outcome" data-state={job.state}>
        {verb} finished.{job.message ? ` ${job.message}` : ''}
      </Alert>
    );
  }
  if (!isFinished(job.state)) return null;
  const ended = job.state === 'failed' ? 'failed' : `was ${job.state}`;
  return (
    <Alert severity={job.state === 'failed' ? 'error' : 'warning'} data-testid="node-job-outcome" data-state={job.state}>
      <AlertTitle>
        {verb} {ended}
        {props.stoppedAt ? ` (${props.stoppedAt.charAt(0).toLowerCase()}${props.stoppedAt.slice(1)})` : ''}
      </AlertTitle>
      <Typography variant="body2" data-testid="node-job-message" sx={{ whiteSpace: 'pre-line', fontWeight: 500 }}>
        {job.message ?? 'No verdict was read from the output: read the log below.'}
      </Typography>
    </Alert>
  );
}

/**
 * One install, join or reset as it runs: step n of m with a bar that moves with the steps, Cancel, the steps,
 * how it ended, and its live log right here (the log drawer shows the same job on request). `restarting` marks an
 * install the saved progress says stopped for the node's restart, which is not the end of the install.
 */
export function NodeJobView(props: { job: JobSummary; restarting?: boolean }) {
  const api = useApi();
  const { job } = props;
  const showJob = useJobsStore((state) => state.showJob);
  const [cancelling, setCancelling] = useState(false);
  const finished = isFinished(job.state);

  const cancel = async () => {
    setCancelling(true);
    try {
      await api.jobs.cancel({ jobId: job.id });
    } catch (error) {
      reportFailure(error, 'Could not cancel the job');
    } finally {
      setCancelling(false);
    }
  };

  return (
    <Stack spacing={1.5} data-testid="node-job" data-state={job.state} data-kind={job.kind}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle2" component="h4">
          {job.title}
        </Typography>
        <JobStateChip state={job.state} />
        <Box sx={{ flexGrow: 1, minWidth: 220 }}>
          <JobProgress job={job} testId="node-job-progress" />
        </Box>
        {!finished && (
          <Button size="small" color="error" variant="outlined" startIcon={<StopIcon />} disabled={cancelling} onClick={() => void cancel()} data-testid="cancel-node-job">
            Cancel
          </Button>
        )}
        <Button size="small" onClick={() => showJob(job.id)} data-testid="node-job-show-log">
          Open in the log drawer
        </Button>
      </Stack>
      <Outcome job={job} stoppedAt={job.state === 'failed' ? stepPosition(job).label : ''} restarting={props.restarting === true && finished} />
      <JobStepList steps={job.steps} testId="node-job-steps" />
      <Box data-testid="node-job-log" sx={{ height: 320, display: 'flex', flexDirection: 'column', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
        <LogView key={job.id} jobId={job.id} logFile={job.logFile} label={`Log of ${job.title}`} />
      </Box>
    </Stack>
  );
}
