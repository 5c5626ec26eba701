import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { NodeConfigIssue } from '../../../../shared/node-config/node-config-issues.js';
import { countIssues, sortForForm } from './config-fields.js';
import { ConfigIssueList } from './ConfigIssueList.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every finding of the validator in one place, with counts; errors block export, warnings and notices inform. */
export function ConfigCheck(props: { issues: readonly NodeConfigIssue[] }) {
  const counts = countIssues(props.issues);
  const ok = counts.error === 0;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="node-config-check-title" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id="node-config-check-title" variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          Config check
        </Typography>
        <Stack direction="row" spacing={1} data-testid="issue-counts">
          <Chip size="small" color={counts.error ? 'error' : 'default'} variant={counts.error ? 'filled' : 'outlined'} label={plural(counts.error, 'error')} data-testid="error-count" />
          <Chip size="small" color={counts.warning ? 'warning' : 'default'} variant="outlined" label={plural(counts.warning, 'warning')} data-testid="warning-count" />
          <Chip size="small" color={counts.notice ? 'info' : 'default'} variant="outlined" label={plural(counts.notice, 'notice')} data-testid="notice-count" />
        </Stack>
      </Stack>
      <Alert severity={ok ? 'success' : 'error'} role="status" data-testid="config-verdict" sx={{ mb: props.issues.length > 0 ? 2 : 0 }}>
        <AlertTitle sx={{ mb: 0 }}>{ok ? 'Ready to export' : `${plural(counts.error, 'error')} to fix before export`}</AlertTitle>
        {ok ? 'KubeCluster.ps1 can use this file as it is.' : 'Each one is shown at its field; click one below to go there.'}
      </Alert>
      <ConfigIssueList issues={sortForForm(props.issues)} testId="config-issues" />
    </Paper>
  );
}
