import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { JobSummary } from '../../../../shared/jobs/job-types.js';

const configureSucceeded = 'Flannel runs on the control plane with the Windows settings, and its Linux DaemonSet stays off Windows nodes.';

/**
 * How the last run ended, in words: the failed step by name and the job's own reason; the log stays available.
 * The defaults describe "Configure control plane"; other control-plane jobs pass their own words and test id.
 */
export function JobOutcome(props: { job: JobSummary; onShowLog: () => void; succeeded?: string; testId?: string }) {
  const { job } = props;
  const testId = props.testId ?? 'control-plane-outcome';
  const showLog = (
    <Button color="inherit" size="small" onClick={props.onShowLog} sx={{ whiteSpace: 'nowrap' }}>
      Show log
    </Button>
  );
  if (job.state === 'succeeded') {
    return (
      <Alert severity="success" action={showLog} data-testid={testId}>
        {props.succeeded ?? configureSucceeded}
      </Alert>
    );
  }
  if (job.state === 'queued' || job.state === 'running') return null;
  const failedAt = job.steps.findIndex((step) => step.state === 'failed');
  const step = job.steps[failedAt];
  const title = step ? `Stopped at step ${failedAt + 1}: ${step.name}` : job.state === 'failed' ? 'The job failed' : `The job was ${job.state}`;
  return (
    <Alert severity={job.state === 'failed' ? 'error' : 'warning'} action={showLog} data-testid={testId}>
      <AlertTitle>{title}</AlertTitle>
      {job.message && <div data-testid={props.testId ? `${props.testId}-message` : 'control-plane-message'}>{job.message}</div>}
      <div>Every step is safe to repeat: fix the cause, then run again. The log of this run is kept.</div>
    </Alert>
  );
}
