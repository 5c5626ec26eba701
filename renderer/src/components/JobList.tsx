import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished, type JobSummary } from '../../../shared/jobs/job-types.js';
import { useApi } from '../api/use-api.js';
import { reportFailure } from '../store/connection-store.js';
import { JobProgress } from './JobProgress.js';
import { JobStateChip } from './JobStateChip.js';

/** Every job this view knows, newest first; choosing one shows its log. */
export function JobList(props: { jobs: readonly JobSummary[]; shownId: string | undefined; onSelect(id: string): void }) {
  const api = useApi();
  const cancel = (job: JobSummary) =>
    api.jobs.cancel({ jobId: job.id }).catch((error: unknown) => reportFailure(error, `Could not cancel “${job.title}”`));

  if (props.jobs.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        No jobs yet. “Check this machine” on the Install step starts one.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Jobs">
      {props.jobs.map((job) => (
        <ListItem
          key={job.id}
          disablePadding
          data-testid="job-item"
          data-job-id={job.id}
          secondaryAction={
            isFinished(job.state) ? undefined : (
              <Button size="small" color="warning" onClick={() => void cancel(job)} data-testid="cancel-job">
                Cancel
              </Button>
            )
          }
        >
          <ListItemButton
            selected={job.id === props.shownId}
            onClick={() => props.onSelect(job.id)}
            sx={{ pr: isFinished(job.state) ? 2 : 10 }}
          >
            <ListItemText
              primary={job.title}
              secondary={
                <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
                  <JobStateChip state={job.state} />
                  <JobProgress job={job} />
                </Stack>
              }
              slotProps={{ primary: { noWrap: true }, secondary: { component: 'span' } }}
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
