import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PlanReport } from '../../../../shared/ip-plan/plan-issues.js';
import { monospaceFont } from '../../theme.js';
import { IssueList } from './IssueList.js';

const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'));

/** One number of the result; "—" while the inputs it depends on are not valid yet. */
function Figure(props: { name: string; value: string; hint: string; testId: string; bad?: boolean }) {
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {props.name}
      </Typography>
      <Box component="dd" sx={{ m: 0 }}>
        <Typography variant="h6" component="p" data-testid={props.testId} sx={{ lineHeight: 1.4, color: props.bad ? 'error.main' : 'text.primary' }}>
          {props.value}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {props.hint}
        </Typography>
      </Box>
    </Box>
  );
}

/**
 * The verdict beside the numbers that explain it, the one-click fix for the cluster range, and every error
 * and warning as a list. Everything here is derived from the report: nothing to submit, nothing stale.
 */
export function PlanVerdict(props: { report: PlanReport; clusterCidr: string; onUseSuggestion: (cidr: string) => void }) {
  const { report } = props;
  const suggestion = report.suggestedClusterCidr;
  const alreadyUsed = suggestion !== null && props.clusterCidr.trim() === suggestion;
  const n = report.errors.length;
  let suggestionHint: ReactNode = 'Appears once nodes, pods per node and the node mask are valid.';
  if (suggestion !== null) suggestionHint = alreadyUsed ? 'Your cluster CIDR is already the smallest that fits.' : 'Fits every rule and avoids the service range and existing networks.';
  return (
    <Paper variant="outlined" component="section" aria-labelledby="plan-check-title" sx={{ p: 2 }}>
      <Typography id="plan-check-title" variant="subtitle1" component="h3" gutterBottom>
        Plan check
      </Typography>
      <Alert severity={report.ok ? 'success' : 'error'} data-testid="plan-verdict" role="status" sx={{ mb: 2 }}>
        <AlertTitle sx={{ mb: 0 }}>{report.ok ? 'Plan is valid' : `Plan has ${n} error${n === 1 ? '' : 's'}`}</AlertTitle>
        {report.ok ? 'Every rule passes; these ranges are safe to use.' : 'Each one is shown at its field and listed below.'}
      </Alert>
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
        <Figure name="Minimum addresses" value={count(report.minimumAddresses)} hint="nodes + nodes × pods per node" testId="minimum-addresses" />
        <Figure name="In the cluster CIDR" value={count(report.clusterAddresses)} hint="addresses" testId="cluster-addresses" />
        <Figure name="Nodes it can hold" value={count(report.maxNodes)} hint="by node subnets and the address rule" testId="max-nodes" />
        <Figure
          name="Headroom"
          value={report.headroom === null ? '—' : `${report.headroom > 0 ? '+' : ''}${count(report.headroom)}`}
          hint={report.headroom !== null && report.headroom < 0 ? 'nodes short' : 'nodes to spare'}
          testId="headroom"
          bad={report.headroom !== null && report.headroom < 0}
        />
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { sm: 'center' } }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            Smallest cluster CIDR that fits
          </Typography>
          <Typography data-testid="suggested-cidr" sx={{ fontFamily: monospaceFont, fontWeight: 600 }}>
            {suggestion ?? '—'}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {suggestionHint}
          </Typography>
        </Box>
        <Button variant="contained" disabled={suggestion === null || alreadyUsed} onClick={() => suggestion && props.onUseSuggestion(suggestion)} data-testid="use-suggested-cidr">
          Use suggested CIDR
        </Button>
      </Stack>
      <Stack spacing={2} sx={{ mt: report.errors.length + report.warnings.length > 0 ? 2 : 0 }}>
        <IssueList title="Errors" issues={report.errors} severity="error" testId="plan-error-summary" />
        <IssueList title="Warnings" issues={report.warnings} severity="warning" testId="plan-warning-summary" />
      </Stack>
    </Paper>
  );
}
