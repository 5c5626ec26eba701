import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useJobsStore } from '../../store/jobs-store.js';
import type { JoinTry } from './join-tries.js';

/** Every join try since the last install or reset, each its own job and log, newest last. */
export function JoinTriesList(props: { tries: readonly JoinTry[] }) {
  const jobs = useJobsStore((state) => state.jobs);
  const showJob = useJobsStore((state) => state.showJob);
  if (props.tries.length === 0) return null;
  return (
    <section aria-labelledby="join-tries-title">
      <Typography id="join-tries-title" variant="subtitle2" component="h4">
        Join tries
      </Typography>
      <List dense disablePadding data-testid="join-tries">
        {props.tries.map((attempt) => {
          const job = jobs[attempt.jobId];
          return (
            <ListItem key={attempt.jobId} disableGutters data-testid={`join-try-${attempt.number}`} data-state={job?.state ?? 'unknown'} sx={{ gap: 1.5, alignItems: 'center' }}>
              <Typography variant="body2" sx={{ width: 56, flexShrink: 0, fontWeight: 600 }}>
                Try {attempt.number}
              </Typography>
              {job ? <JobStateChip state={job.state} /> : <Typography variant="body2" color="text.secondary">not in this session’s job list</Typography>}
              <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1, minWidth: 0 }} title={job?.message}>
                {job?.message ?? ''}
              </Typography>
              <Button size="small" onClick={() => showJob(attempt.jobId)} data-testid={`join-try-log-${attempt.number}`}>
                Show log
              </Button>
            </ListItem>
          );
        })}
      </List>
    </section>
  );
}
