import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { stepPosition } from '../../../../shared/jobs/job-progress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { useNodeProgressStore } from '../../store/node-progress-store.js';
import { runsOf, useInstallSession } from './install-session.js';
import { nodeJobVerbs } from './job-kind-words.js';
import type { TargetView } from './node-context.js';
import { shortPreflightSummary } from './preflight-view.js';
import { usePreflightReport } from './use-preflight-report.js';

const kindWords: Record<string, string> = { preflight: 'Preflight', ...nodeJobVerbs, authorizeNodeKey: 'Authorize key' };

/**
 * One node in the summary: its latest job's state and step, the last verdict, its own log. Each row reads only
 * its own node's jobs, so one node's failure never hides another's success.
 */
export function RemoteSummaryRow(props: { view: TargetView; selected: boolean; focused: boolean; onSelect: (selected: boolean) => void; onFocus: () => void }) {
  const { view } = props;
  const runs = useInstallSession((state) => runsOf(state.runs, view.key));
  const progress = useNodeProgressStore((state) => (view.key ? state.byTarget[view.key] : undefined));
  const latestId = runs.latest ?? progress?.jobId;
  const job = useJobsStore((state) => (latestId ? state.jobs[latestId] : undefined));
  const showJob = useJobsStore((state) => state.showJob);
  const report = usePreflightReport(job?.kind === 'preflight' ? job.id : undefined);
  const index = view.index ?? 0;

  const stepText = (job ? stepPosition(job).label : '') || (progress?.step ? `Step ${progress.step.index} of ${progress.step.total}: ${progress.step.name}` : '');
  const notReady = view.blockers.preflight[0];
  const verdict =
    report?.status === 'loaded'
      ? `Preflight: ${shortPreflightSummary(report.report)}`
      : job && isFinished(job.state)
        ? (job.message ?? (job.state === 'succeeded' ? `${kindWords[job.kind] ?? job.kind} finished.` : ''))
        : (progress?.verdict?.message ?? '');

  return (
    <TableRow data-testid={`remote-summary-row-${index}`} data-state={job?.state ?? progress?.state ?? 'none'} selected={props.focused} hover>
      <TableCell padding="checkbox">
        <Checkbox checked={props.selected} onChange={(event) => props.onSelect(event.target.checked)} slotProps={{ input: { 'aria-label': `Select ${view.label}`, 'data-testid': `remote-select-${index}` } as object }} />
      </TableCell>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {view.label}
        </Typography>
      </TableCell>
      <TableCell>
        {job ? (
          <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="caption" color="text.secondary">
              {kindWords[job.kind] ?? job.kind}
            </Typography>
            <JobStateChip state={job.state} />
          </Stack>
        ) : progress ? (
          <Chip size="small" variant="outlined" label={`${progress.action}: ${progress.state}`} data-testid="job-state" data-state={progress.state} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            not run
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 150, maxWidth: 220 }}>
        <Typography variant="body2" color={notReady && !job ? 'warning.main' : 'text.secondary'} data-testid={`remote-step-${index}`}>
          {stepText || (notReady ? `Not ready: ${notReady}` : '—')}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 220 }}>
        {/* Three lines at most, so one long verdict does not push the other nodes off screen; the full text is its title and in "Details". */}
        <Typography
          variant="body2"
          color={job?.state === 'failed' ? 'error' : 'text.primary'}
          title={verdict}
          data-testid={`remote-verdict-${index}`}
          sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
        >
          {verdict || '—'}
        </Typography>
      </TableCell>
      <TableCell align="right">
        <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
          <Button size="small" disabled={!latestId} onClick={() => latestId && showJob(latestId)} aria-label={`Show the log of ${view.label}`} data-testid={`remote-show-log-${index}`} sx={{ whiteSpace: 'nowrap' }}>
            Show log
          </Button>
          <Button size="small" variant={props.focused ? 'contained' : 'outlined'} aria-pressed={props.focused} aria-label={`Details of ${view.label}`} onClick={props.onFocus} data-testid={`remote-focus-${index}`}>
            Details
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
