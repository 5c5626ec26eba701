import { useMemo, useRef, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { focusElementById } from '../a11y/focus.js';
import { selectShownJob, sortJobs, useJobsStore } from '../store/jobs-store.js';
import { DiagnosticsButton } from './DiagnosticsButton.js';
import { CloseIcon } from './icons.js';
import { JobList } from './JobList.js';
import { JobProgress } from './JobProgress.js';
import { JobStateChip } from './JobStateChip.js';
import { LogView } from './LogView.js';

export const logDrawerHeight = '42vh';
/** The title bar's "Logs" button, which opens and closes the drawer. */
export const logDrawerToggleId = 'log-drawer-toggle';
export const logDrawerId = 'log-drawer';

/** Closing from inside the drawer hands focus back to the button that opens it, instead of dropping it on the page. */
function closeDrawer(): void {
  useJobsStore.getState().setDrawerOpen(false);
  focusElementById(logDrawerToggleId);
}

// Menus and dialogs opened from the drawer stop their own Escape, so this one sees only Escape meant for the drawer.
function closeOnEscape(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  closeDrawer();
}

// A variable, not an inline literal: `data-testid` is not among the paper slot's declared props.
const paperProps = {
  'data-testid': 'log-drawer',
  id: logDrawerId,
  onKeyDown: closeOnEscape,
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
  const { selectJob } = useJobsStore.getState();
  const sorted = useMemo(() => sortJobs(jobs), [jobs]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened with the Logs button: focus follows into the drawer. Opened by a job starting: focus stays where the
  // operator is working.
  const onEntered = () => {
    if (document.activeElement?.id === logDrawerToggleId) heading.current?.focus();
  };

  return (
    <Drawer anchor="bottom" variant="persistent" open={open} slotProps={{ paper: paperProps, transition: { onEntered } }}>
      <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography ref={heading} tabIndex={-1} variant="subtitle1" component="h2" sx={{ flexGrow: 1, '&:focus': { outline: 'none' }, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}>
          Jobs and logs
        </Typography>
        <DiagnosticsButton />
        <IconButton aria-label="Close the log drawer" onClick={closeDrawer} size="small">
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
                <Box sx={{ flex: '1 1 220px', maxWidth: 420, minWidth: 0 }}>
                  <JobProgress job={shown} testId="shown-job-progress" />
                </Box>
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
