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
