import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatElapsed, jobProgress } from '../../../shared/jobs/job-progress.js';
import { isFinished, type JobSummary } from '../../../shared/jobs/job-types.js';

/** The current time, advancing once a second only while `ticking`; a finished job's clock stands still. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * Any long job's progress: "Step 3 of 8 — <step>", the time since it started (ticking while it runs), and a bar,
 * determinate when the job declared its steps and indeterminate otherwise. Built from spans so it also fits
 * inside a list item's secondary text.
 */
export function JobProgress(props: { job: JobSummary; testId?: string }) {
  const { job } = props;
  const finished = isFinished(job.state);
  const now = useNow(!finished);
  const progress = jobProgress(job, now);
  const elapsed = formatElapsed(progress.elapsedMs);
  const color = job.state === 'failed' ? 'error' : job.state === 'succeeded' ? 'success' : 'primary';
  // A finished job without declared steps has nothing left to show on a bar.
  const bar = progress.fraction !== undefined || !finished;

  return (
    <Box
      component="span"
      data-testid={props.testId ?? 'job-progress'}
      data-state={job.state}
      data-step-index={progress.stepIndex}
      data-step-count={progress.stepCount}
      sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, minWidth: 0, flexGrow: 1 }}
    >
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
        <Box component="span" data-testid="job-progress-label" sx={{ flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {progress.label}
        </Box>
        <Box
          component="span"
          data-testid="job-elapsed"
          aria-label={`${finished ? 'Took' : 'Running for'} ${elapsed}`}
          sx={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}
        >
          {elapsed}
        </Box>
      </Typography>
      {bar && (
        <LinearProgress
          variant={progress.fraction === undefined ? 'indeterminate' : 'determinate'}
          value={Math.round((progress.fraction ?? 0) * 100)}
          color={color}
          aria-label={`Progress of ${job.title}`}
          aria-valuetext={progress.label}
        />
      )}
    </Box>
  );
}
