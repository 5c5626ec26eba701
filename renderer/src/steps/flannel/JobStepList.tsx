import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { JobStep } from '../../../../shared/jobs/job-types.js';
import { FailedIcon, PendingIcon, SkippedIcon, SucceededIcon } from './flannel-icons.js';

const looks: Record<JobStep['state'], { icon: ReactNode; color: string; word: string }> = {
  pending: { icon: <PendingIcon fontSize="small" />, color: 'text.disabled', word: 'waiting' },
  running: { icon: <CircularProgress size={18} thickness={5} aria-hidden />, color: 'info.main', word: 'running' },
  succeeded: { icon: <SucceededIcon fontSize="small" />, color: 'success.main', word: 'done' },
  failed: { icon: <FailedIcon fontSize="small" />, color: 'error.main', word: 'failed' },
  skipped: { icon: <SkippedIcon fontSize="small" />, color: 'text.disabled', word: 'skipped' },
};

/** A job's steps as a checklist: each with an icon and a word for its state, so colour is never the only signal. */
export function JobStepList(props: { steps: readonly JobStep[]; testId: string }) {
  return (
    <List dense disablePadding data-testid={props.testId} aria-label="Steps">
      {props.steps.map((step, index) => {
        const look = looks[step.state];
        return (
          <ListItem key={step.name} disableGutters data-testid="job-step" data-state={step.state} sx={{ gap: 1.5, py: 0.5 }}>
            <Box sx={{ width: 20, height: 20, display: 'grid', placeItems: 'center', color: look.color }}>{look.icon}</Box>
            <Typography variant="body2" sx={{ flexGrow: 1, fontWeight: step.state === 'running' || step.state === 'failed' ? 600 : 400, color: step.state === 'pending' ? 'text.secondary' : 'text.primary' }}>
              {index + 1}. {step.name}
            </Typography>
            <Typography variant="caption" sx={{ color: look.color, fontWeight: 600, textTransform: 'uppercase', letterSpacing: 0.5 }}>
              {look.word}
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}
