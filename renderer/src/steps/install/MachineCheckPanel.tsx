import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { useApi } from '../../api/use-api.js';
import { Fact } from '../../components/Fact.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { reportFailure, useConnectionStore } from '../../store/connection-store.js';
import { latestJobOfKind, useJobsStore } from '../../store/jobs-store.js';

/** "This machine": what the app runs on (administrator rights included), and the check that it can run the node tools. */
export function MachineCheckPanel() {
  const api = useApi();
  const jobs = useJobsStore((state) => state.jobs);
  const showJob = useJobsStore((state) => state.showJob);
  const appInfo = useConnectionStore((state) => state.appInfo);
  const [starting, setStarting] = useState(false);
  const latestCheck = latestJobOfKind(jobs, 'localMachineCheck');
  const checkRunning = latestCheck !== undefined && !isFinished(latestCheck.state);

  const runCheck = async () => {
    setStarting(true);
    try {
      const { jobId } = await api.jobs.start({ kind: 'localMachineCheck' });
      showJob(jobId);
    } catch (error) {
      reportFailure(error, 'Could not start the machine check');
    } finally {
      setStarting(false);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="app-info-title" sx={{ p: 2 }}>
      <Typography id="app-info-title" variant="subtitle1" component="h3" gutterBottom>
        This machine
      </Typography>
      {appInfo ? (
        <Stack component="dl" spacing={0.5} sx={{ m: 0, mb: 2 }} data-testid="app-info">
          <Fact name="Platform" value={`${appInfo.platform} (${appInfo.arch})`} />
          <Fact name="Version" value={`${appInfo.name} ${appInfo.version}`} />
          <Fact name="Elevated" value={appInfo.elevated ? 'Yes' : 'No: install, join and reset here need administrator rights'} />
          <Fact name="Transport" value={appInfo.transport} />
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Not known yet.
        </Typography>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" disabled={starting || checkRunning} onClick={() => void runCheck()} data-testid="run-machine-check">
          Check this machine
        </Button>
        {latestCheck && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="machine-check-status">
            <Typography variant="body2">Latest check:</Typography>
            <JobStateChip state={latestCheck.state} />
            <Box sx={{ width: 280 }}>
              <JobProgress job={latestCheck} testId="machine-check-progress" />
            </Box>
            <Button size="small" onClick={() => showJob(latestCheck.id)}>
              Show log
            </Button>
          </Stack>
        )}
      </Stack>
      {latestCheck?.message && (
        <Typography variant="body2" color={latestCheck.state === 'failed' ? 'error' : 'text.secondary'} sx={{ mt: 1 }}>
          {latestCheck.message}
        </Typography>
      )}
    </Paper>
  );
}
