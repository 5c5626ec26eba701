import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished, type JobState } from '../../../../shared/jobs/job-types.js';
import { modernResetEffects, resetEffects } from '../../../../shared/windows-node/reset-effects.js';
import { ActionWarnings } from '../../components/help/ActionWarnings.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { useNodeProgressStore } from '../../store/node-progress-store.js';
import { PlayIcon } from '../flannel/flannel-icons.js';
import { BlockerList } from '../../components/BlockerList.js';
import { nodeRunRequestFor } from './bulk-run.js';
import { ElevationAlert } from './ElevationAlert.js';
import { ResetIcon } from './install-icons.js';
import { runsOf, useInstallSession } from './install-session.js';
import { joinTries } from './join-tries.js';
import { JoinTriesList } from './JoinTriesList.js';
import type { NodeContext, TargetView } from './node-context.js';
import { NodeJobView } from './NodeJobView.js';
import { NodeProgressSummary } from './NodeProgressSummary.js';
import type { NodeRunKind } from './node-requests.js';
import { ResetDialog } from './ResetDialog.js';
import { defaultResetNodeName } from './reset-node-name.js';
import { reportStartFailure, useStartNodeJob } from './use-start-node-job.js';
import { goToVerify } from './verify-link.js';

const unsuccessful: readonly (JobState | string)[] = ['failed', 'cancelled', 'interrupted'];

/**
 * Install, join and reset for one machine: where it got to last time, the three actions (join becomes "Retry join
 * (try N)" after a failed try), and the running job with its steps and live log.
 */
export function NodeActionsPanel(props: { context: NodeContext; view: TargetView }) {
  const { context, view } = props;
  const runs = useInstallSession((state) => runsOf(state.runs, view.key));
  const preflight = useInstallSession((state) => (runs.preflight ? state.reports[runs.preflight] : undefined));
  const refusal = useInstallSession((state) => state.notElevated);
  const progress = useNodeProgressStore((state) => (view.key ? state.byTarget[view.key] : undefined));
  const progressError = useNodeProgressStore((state) => state.error);
  const jobs = useJobsStore((state) => state.jobs);
  const startJob = useStartNodeJob();
  const [starting, setStarting] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const shownId = runs.last ?? progress?.jobId;
  const shown = shownId ? jobs[shownId] : undefined;
  const busy = starting || (shown !== undefined && !isFinished(shown.state));
  const { tries, next } = joinTries(runs.joins, progress);
  const lastTry = tries.at(-1);
  const lastTryState = lastTry ? (jobs[lastTry.jobId]?.state ?? (progress?.jobId === lastTry.jobId ? progress.state : undefined)) : undefined;
  const joinFailed = lastTryState !== undefined && unsuccessful.includes(lastTryState);
  const blocked = (kind: NodeRunKind) => view.blockers[kind].length > 0 || busy;

  const modern = context.join.method === 'kubeadm';
  const start = async (kind: NodeRunKind, nodeName?: string) => {
    if (!view.work || !view.key) return;
    const request = nodeRunRequestFor(kind, view, context, { nodeName });
    if (!request) return;
    setStarting(true);
    reportStartFailure(await startJob(view.key, kind, request), `Could not start ${kind} on ${view.label}`);
    setStarting(false);
  };

  const blockers = [...new Set([...view.blockers.install, ...view.blockers.join, ...view.blockers.reset])];
  return (
    <Paper variant="outlined" component="section" aria-labelledby="node-actions-title" sx={{ p: 2 }}>
      <Typography id="node-actions-title" variant="subtitle1" component="h3">
        Install, join and reset: {view.label}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="node-actions-method" data-method={context.join.method}>
        {modern
          ? `With containerd + kubeadm: install runs Install-Containerd.ps1 (containerd ${context.join.containerdVersion ?? '?'}; it may ask for a restart) and PrepareNode.ps1 (kubelet ${context.join.kubernetesVersion ?? '?'}); join runs kubeadm join to ${context.join.apiServer ?? 'the API server'}; reset runs kubeadm reset and cleans up.`
          : 'Install prepares the node and may restart it; join adds it to the cluster (each try in a fresh PowerShell); reset removes it again.'}{' '}
        Every line of output streams into the log below and into a log file.
      </Typography>
      <Stack spacing={1.5}>
        {(view.index === undefined || refusal) && <ElevationAlert elevated={view.index === undefined ? context.elevated : true} refusal={refusal} local={view.index === undefined} />}
        {progressError && (
          <Alert severity="warning" data-testid="node-progress-error">
            {progressError}
          </Alert>
        )}
        {progress && (
          <NodeProgressSummary
            progress={progress}
            method={context.join.method}
            joinDisabled={blocked('join')}
            installDisabled={blocked('install')}
            onJoin={() => void start('join')}
            onInstall={() => void start('install')}
            onVerify={() => goToVerify(view.nodeName)}
          />
        )}
        <ActionWarnings
          report={preflight?.status === 'loaded' ? preflight.report : undefined}
          method={context.join.method}
          remote={view.index !== undefined}
          joinBlocked={blocked('join')}
          joined={progress?.action === 'join' && progress.state === 'succeeded'}
        />
        <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" startIcon={<PlayIcon />} disabled={blocked('install')} onClick={() => void start('install')} data-testid="install-node">
            Install
          </Button>
          {joinFailed ? (
            <Button variant="contained" color="warning" startIcon={<PlayIcon />} disabled={blocked('join')} onClick={() => void start('join')} data-testid="retry-join">
              Retry join (try {next})
            </Button>
          ) : (
            <Button variant="contained" startIcon={<PlayIcon />} disabled={blocked('join')} onClick={() => void start('join')} data-testid="join-node">
              Join
            </Button>
          )}
          <Button variant="outlined" color="error" startIcon={<ResetIcon />} disabled={blocked('reset')} onClick={() => setConfirmingReset(true)} data-testid="reset-node">
            Reset…
          </Button>
        </Stack>
        <BlockerList items={blockers} testId="node-actions-blocked" configErrors={context.configErrors > 0} />
        {shown && <NodeJobView job={shown} restarting={progress?.jobId === shown.id && (progress.state === 'rebooting' || progress.verdict?.code === 'REBOOT_REQUIRED')} />}
        <JoinTriesList tries={tries} />
      </Stack>
      <ResetDialog
        open={confirmingReset}
        targets={[view.label]}
        effects={modern ? (nodeName) => modernResetEffects(nodeName ?? '', nodeName !== undefined && context.controlPlane !== undefined) : resetEffects(context.config, view.nodeName)}
        command={modern ? <><code>kubeadm reset</code> and its clean-up</> : undefined}
        nodeName={modern ? { initial: defaultResetNodeName(view.nodeName), canDelete: context.controlPlane !== undefined } : undefined}
        onCancel={() => setConfirmingReset(false)}
        onConfirm={(nodeName) => {
          setConfirmingReset(false);
          void start('reset', nodeName);
        }}
      />
    </Paper>
  );
}
