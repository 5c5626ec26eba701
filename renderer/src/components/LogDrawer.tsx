import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { selectShownJob, sortJobs, useJobsStore } from '../store/jobs-store.js';
import { CloseIcon } from './icons.js';
import { JobList } from './JobList.js';
import { JobStateChip, stepProgress } from './JobStateChip.js';
import { LogView } from './LogView.js';

export const logDrawerHeight = '42vh';

// A variable, not an inline literal: `data-testid` is not among the paper slot's declared props.
const paperProps = {
  'data-testid': 'log-drawer',
  'aria-label': 'Jobs and logs',
  role: 'region',
  sx: { height: logDrawerHeight, display: 'flex', flexDirection: 'column' },
};

/**
 * Jobs and their live logs in a bottom drawer. It is persistent, not modal, so the wizard above stays
 * usable while a job runs.
 */
export function LogDrawer() {
  const open = useJobsStore((state) => state.drawerOpen);
  const jobs = useJobsStore((state) => state.jobs);
  const shown = useJobsStore(selectShownJob);
  const { selectJob, setDrawerOpen } = useJobsStore.getState();
  const sorted = useMemo(() => sortJobs(jobs), [jobs]);

  return (
    <Drawer anchor="bottom" variant="persistent" open={open} slotProps={{ paper: paperProps }}>
      <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
          Jobs and logs
        </Typography>
        <IconButton aria-label="Close the log drawer" onClick={() => setDrawerOpen(false)} size="small">
          <CloseIcon fontSize="small" />
        </IconButton>
      </Stack>
      {/* Rendered only while open: a closed drawer should not re-render on every log batch. */}
      {open && (
        <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
          <Box sx={{ width: 300, flexShrink: 0, overflow: 'auto', borderRight: 1, borderColor: 'divider' }}>
            <JobList jobs={sorted} shownId={shown?.id} onSelect={selectJob} />
          </Box>
          {shown ? (
            <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1.5, py: 0.75, flexWrap: 'wrap' }}>
                <Typography variant="subtitle2" component="h3">
                  {shown.title}
                </Typography>
                <JobStateChip state={shown.state} />
                <Typography variant="body2" color="text.secondary">
                  {stepProgress(shown.steps)}
                </Typography>
                {shown.message && (
                  <Typography variant="body2" color={shown.state === 'failed' ? 'error' : 'text.secondary'}>
                    {shown.message}
                  </Typography>
                )}
              </Stack>
              <LogView key={shown.id} jobId={shown.id} logFile={shown.logFile} label={`Log of ${shown.title}`} />
            </Box>
          ) : (
            <Box sx={{ flex: 1 }} />
          )}
        </Box>
      )}
    </Drawer>
  );
}
