import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { BlockerList } from '../../components/BlockerList.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useLatestJob } from '../../store/use-latest-job.js';
import { PlayIcon } from './flannel-icons.js';
import { JobOutcome } from './JobOutcome.js';
import { JobStepList } from './JobStepList.js';

/**
 * The "Configure control plane" job: what is still missing before it may run, then its steps live from the
 * jobs store. The same button runs it again; every step converges, so a re-run is safe.
 */
export function RunPanel(props: { request: JobRequest | undefined; missing: readonly string[] }) {
  const { job, running, starting, start: startJob, showJob } = useLatestJob('configureControlPlane', 'Could not start configuring the control plane');
  const { request } = props;
  const start = () => startJob(request);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-run-title" sx={{ p: 2 }}>
      <Typography id="flannel-run-title" variant="subtitle1" component="h3">
        Configure the control plane
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Over SSH, the job checks kubectl access, compares this plan with the cluster, sets{' '}
        <code>net.bridge.bridge-nf-call-iptables=1</code>, applies the patched manifest, adds the Linux node selector and
        waits until flannel runs. Every line of output appears in the log drawer as it happens.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" startIcon={<PlayIcon />} disabled={!request || running || starting} onClick={() => void start()} data-testid="configure-control-plane">
          {running ? 'Configuring…' : job ? 'Run again' : 'Configure control plane'}
        </Button>
        {job && (
          <>
            <JobStateChip state={job.state} />
            <Button size="small" onClick={() => showJob(job.id)}>
              Show log
            </Button>
          </>
        )}
      </Stack>
      <BlockerList items={props.missing} testId="run-missing" />
      {job && (
        <Stack spacing={1.5} sx={{ mt: 2 }}>
          <JobProgress job={job} testId="control-plane-progress" />
          <JobStepList steps={job.steps} testId="control-plane-steps" />
          <JobOutcome job={job} onShowLog={() => showJob(job.id)} />
        </Stack>
      )}
    </Paper>
  );
}
