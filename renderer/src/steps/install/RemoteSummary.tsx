import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { modernResetEffects, resetEffects } from '../../../../shared/windows-node/reset-effects.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { runsOf, useInstallSession } from './install-session.js';
import type { NodeContext, TargetView } from './node-context.js';
import { nodeRunKinds, type NodeRunKind } from './node-requests.js';
import { nodeRunRequestFor, planBulkRun, type BulkResult } from './bulk-run.js';
import { RemoteSummaryRow } from './RemoteSummaryRow.js';
import { ResetDialog } from './ResetDialog.js';
import { defaultResetNodeName } from './reset-node-name.js';
import { useStartNodeJob } from './use-start-node-job.js';

/** The confirmation's list for several nodes: each named node is deleted, when the control plane can be reached. */
function bulkModernEffects(names: readonly (string | undefined)[], canDelete: boolean): string[] {
  const named = names.filter((name): name is string => name !== undefined);
  return modernResetEffects(named.join(', '), canDelete && named.length > 0);
}

const buttonWords: Record<NodeRunKind, string> = { preflight: 'Preflight', install: 'Install', join: 'Join', reset: 'Reset…' };
const kindWords: Record<NodeRunKind, string> = { preflight: 'preflight', install: 'install', join: 'join', reset: 'reset' };

/**
 * Every remote node at a glance, and preflight, install, join or reset on all selected nodes at once. The main
 * side runs at most "nodes at once" of them; the rest show `queued` until a slot frees.
 */
export function RemoteSummary(props: { context: NodeContext; views: readonly TargetView[] }) {
  const { context, views } = props;
  const unselected = useInstallSession((state) => state.unselected);
  const focused = useInstallSession((state) => state.focused);
  const session = useInstallSession.getState();
  const allRuns = useInstallSession((state) => state.runs);
  const jobs = useJobsStore((state) => state.jobs);
  const startJob = useStartNodeJob();
  const [result, setResult] = useState<BulkResult | null>(null);
  const [starting, setStarting] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const selected = views.filter((view) => unselected[view.index ?? 0] !== true);
  const runningJob = (view: TargetView) => {
    const id = runsOf(allRuns, view.key).latest;
    const job = id ? jobs[id] : undefined;
    return job !== undefined && (job.state === 'queued' || job.state === 'running');
  };
  const plans = Object.fromEntries(nodeRunKinds.map((kind) => [kind, planBulkRun(kind, selected, runningJob)])) as Record<NodeRunKind, ReturnType<typeof planBulkRun>>;

  const modern = context.join.method === 'kubeadm';
  // containerd + kubeadm's reset deletes each node object by the name of its row (shown in the confirmation).
  const resetName = (view: TargetView) => (modern ? defaultResetNodeName(view.nodeName) || undefined : undefined);
  const runAll = async (kind: NodeRunKind) => {
    setStarting(true);
    const plan = plans[kind];
    const failures: BulkResult['failures'] = [];
    let started = 0;
    for (const view of plan.ready) {
      if (!view.work || !view.key) continue;
      const request = nodeRunRequestFor(kind, view, context, { nodeName: kind === 'reset' ? resetName(view) : undefined });
      if (!request) continue;
      const outcome = await startJob(view.key, kind, request);
      if (outcome.ok) started++;
      else failures.push({ label: view.label, message: outcome.message });
    }
    setResult({ kind, started, failures, skipped: plan.skipped });
    setStarting(false);
  };

  const allSelected = views.length > 0 && selected.length === views.length;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="remote-summary-title" sx={{ p: 2 }} data-testid="remote-summary">
      <Typography id="remote-summary-title" variant="subtitle1" component="h3">
        All nodes
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Runs on the selected nodes, each its own job and log; at most {context.check.concurrency ?? '?'} at once, the rest wait
        queued. “Details” shows one node’s preflight report, steps and live log below.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        {nodeRunKinds.map((kind) => (
          <Button
            key={kind}
            variant={kind === 'reset' ? 'outlined' : 'contained'}
            color={kind === 'reset' ? 'error' : 'primary'}
            disabled={starting || plans[kind].ready.length === 0}
            onClick={() => (kind === 'reset' ? setConfirmingReset(true) : void runAll(kind))}
            aria-label={`${kindWords[kind].charAt(0).toUpperCase()}${kindWords[kind].slice(1)} on the ${plans[kind].ready.length} selected node${plans[kind].ready.length === 1 ? '' : 's'} that can run it`}
            data-testid={`run-all-${kind}`}
          >
            {buttonWords[kind].replace('…', '')} ({plans[kind].ready.length}){kind === 'reset' ? '…' : ''}
          </Button>
        ))}
      </Stack>
      {result && (
        <Alert severity={result.failures.length > 0 ? 'error' : result.skipped.length > 0 ? 'warning' : 'success'} onClose={() => setResult(null)} data-testid="remote-start-result" sx={{ mb: 1.5 }}>
          Started {kindWords[result.kind]} on {result.started} node{result.started === 1 ? '' : 's'}.
          {result.failures.map((failure) => (
            <div key={failure.label}>
              Could not start on {failure.label}: {failure.message}
            </div>
          ))}
          {result.skipped.map((skip) => (
            <div key={skip.label}>
              Skipped {skip.label}: {skip.reason}
            </div>
          ))}
        </Alert>
      )}
      <TableContainer>
        <Table size="small" aria-labelledby="remote-summary-title">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allSelected}
                  indeterminate={selected.length > 0 && !allSelected}
                  onChange={(event) => views.forEach((view) => session.setSelected(view.index ?? 0, event.target.checked))}
                  slotProps={{ input: { 'aria-label': 'Select all nodes', 'data-testid': 'remote-select-all' } as object }}
                />
              </TableCell>
              <TableCell>Node</TableCell>
              <TableCell>State</TableCell>
              <TableCell>Step</TableCell>
              <TableCell>Last verdict</TableCell>
              <TableCell align="right">Log</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {views.map((view) => (
              <RemoteSummaryRow
                key={view.index}
                view={view}
                selected={unselected[view.index ?? 0] !== true}
                focused={focused === view.index}
                onSelect={(value) => session.setSelected(view.index ?? 0, value)}
                onFocus={() => session.setFocused(view.index ?? 0)}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ResetDialog
        open={confirmingReset}
        targets={plans.reset.ready.map((view) => (modern ? `${view.label}: node ${resetName(view) ?? '(no valid name: the node object is kept)'}` : view.label))}
        effects={modern ? bulkModernEffects(plans.reset.ready.map(resetName), context.controlPlane !== undefined) : resetEffects(context.config, '')}
        command={modern ? <><code>kubeadm reset</code> and its clean-up</> : undefined}
        onCancel={() => setConfirmingReset(false)}
        onConfirm={() => {
          setConfirmingReset(false);
          void runAll('reset');
        }}
      />
    </Paper>
  );
}
