import Chip, { type ChipProps } from '@mui/material/Chip';
import type { JobState } from '../../../shared/jobs/job-types.js';

const colors: Record<JobState, ChipProps['color']> = {
  queued: 'default',
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'default',
  interrupted: 'warning',
};

/** A job's state as a coloured chip; the word is always shown, colour is never the only signal. */
export function JobStateChip(props: { state: JobState }) {
  return (
    <Chip
      size="small"
      label={props.state}
      color={colors[props.state]}
      variant={props.state === 'cancelled' ? 'outlined' : 'filled'}
      data-testid="job-state"
      data-state={props.state}
    />
  );
}

/** "2 of 5 steps" while it goes well; "stopped at step 3 of 5" once a step failed, so the count never flatters. */
export function stepProgress(steps: readonly { state: string }[]): string {
  if (steps.length === 0) return '';
  const failed = steps.findIndex((step) => step.state === 'failed');
  if (failed >= 0) return `stopped at step ${failed + 1} of ${steps.length}`;
  const done = steps.filter((step) => step.state === 'succeeded').length;
  return `${done} of ${steps.length} steps`;
}
