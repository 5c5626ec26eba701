import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { useJoinCredentials } from '../node-config/use-join-credentials.js';
import { AuthorizeKeyDialog } from './AuthorizeKeyDialog.js';
import { runsOf, useInstallSession } from './install-session.js';
import type { NodeContext, TargetView } from './node-context.js';
import { reportStartFailure, useStartNodeJob } from './use-start-node-job.js';

/** After a fix from here, the report above is stale: say so and offer the re-run right there. */
function RerunHint(props: { onRerun: () => void; disabled: boolean; children: string; testId: string; severity: 'success' | 'error' }) {
  return (
    <Alert
      severity={props.severity}
      data-testid={props.testId}
      action={
        props.severity === 'success' ? (
          <Button color="inherit" size="small" disabled={props.disabled} onClick={props.onRerun} data-testid="rerun-preflight" sx={{ whiteSpace: 'nowrap' }}>
            Run preflight again
          </Button>
        ) : undefined
      }
    >
      {props.children}
    </Alert>
  );
}

/**
 * "Refresh token": a new bootstrap token and the CA hash from the control plane, saved where the Node config
 * step keeps them (the plan's sealed secrets), so the next preflight and join use them.
 */
export function RefreshTokenAction(props: { context: NodeContext; onRerun: () => void; rerunDisabled: boolean }) {
  const { fetch, busy, start } = useJoinCredentials();
  const [asked, setAsked] = useState(false);
  const showJob = useJobsStore((state) => state.showJob);
  const profile = props.context.controlPlane;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          variant="outlined"
          disabled={!profile || busy}
          onClick={() => {
            if (!profile) return;
            setAsked(true);
            void start(profile);
          }}
          data-testid="preflight-refresh-token"
        >
          {busy ? 'Fetching a new token…' : 'Refresh token'}
        </Button>
        {asked && fetch && (
          <Button size="small" onClick={() => showJob(fetch.jobId)}>
            Show log
          </Button>
        )}
      </Stack>
      {asked && fetch?.status === 'applied' && (
        <RerunHint severity="success" testId="refresh-token-done" onRerun={props.onRerun} disabled={props.rerunDisabled}>
          {`A new token and the CA hash from ${fetch.apiServer} are saved with the plan. Run preflight again to check them.`}
        </RerunHint>
      )}
      {asked && fetch?.status === 'failed' && (
        <RerunHint severity="error" testId="refresh-token-failed" onRerun={props.onRerun} disabled>
          {`Fetching a new token failed: ${fetch.message}`}
        </RerunHint>
      )}
    </Stack>
  );
}

/** "Add the node's key to authorized_keys": the exact line and user, confirmed in a dialog, then its own job. */
export function AuthorizeKeyAction(props: { context: NodeContext; view: TargetView; publicKey: string | undefined; onRerun: () => void; rerunDisabled: boolean }) {
  const { context, view, publicKey } = props;
  const profile = context.controlPlane;
  const jobId = useInstallSession((state) => runsOf(state.runs, view.key).authorize);
  const job = useJobsStore((state) => (jobId ? state.jobs[jobId] : undefined));
  const showJob = useJobsStore((state) => state.showJob);
  const startJob = useStartNodeJob();
  const [open, setOpen] = useState(false);
  const [starting, setStarting] = useState(false);
  const running = starting || (job !== undefined && !isFinished(job.state));

  const confirm = async () => {
    setOpen(false);
    if (!profile || !publicKey || !view.key) return;
    setStarting(true);
    const outcome = await startJob(view.key, 'authorize', { kind: 'authorizeNodeKey', connection: profile, publicKey });
    setStarting(false);
    reportStartFailure(outcome, 'Could not start adding the key');
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" variant="outlined" disabled={!profile || !publicKey || running} onClick={() => setOpen(true)} data-testid="preflight-authorize-key">
          Add the node’s key to authorized_keys…
        </Button>
        {job && (
          <>
            <JobStateChip state={job.state} />
            <Button size="small" onClick={() => showJob(job.id)}>
              Show log
            </Button>
          </>
        )}
      </Stack>
      {!publicKey && (
        <Typography variant="body2" color="text.secondary">
          The node has no SSH key yet: install generates it (~\.ssh\id_rsa.pub). Run preflight again after install.
        </Typography>
      )}
      {job?.state === 'succeeded' && (
        <RerunHint severity="success" testId="authorize-key-done" onRerun={props.onRerun} disabled={props.rerunDisabled}>
          The key is in authorized_keys on the control plane. Run preflight again to confirm.
        </RerunHint>
      )}
      {job && job.state !== 'succeeded' && isFinished(job.state) && (
        <RerunHint severity="error" testId="authorize-key-failed" onRerun={props.onRerun} disabled>
          {`Adding the key ${job.state === 'failed' ? 'failed' : `was ${job.state}`}: ${job.message ?? 'see its log.'}`}
        </RerunHint>
      )}
      {profile && publicKey && (
        <AuthorizeKeyDialog
          open={open}
          keyLine={publicKey}
          sshUser={profile.username}
          host={profile.host}
          joinUser={context.config.Kubernetes.ControlPlane.Username.trim()}
          busy={running}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        />
      )}
    </Stack>
  );
}
