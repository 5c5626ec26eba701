import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isFinished, type JobSummary } from '../../../../shared/jobs/job-types.js';
import { useApi } from '../../api/use-api.js';
import { Fact } from '../../components/Fact.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { JobProgress } from '../../components/JobProgress.js';
import { JobStateChip } from '../../components/JobStateChip.js';
import { reportFailure } from '../../store/connection-store.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { emptyLogWindow } from '../../store/log-window.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import { checkConnection, parsePort } from '../flannel/connection-form.js';
import { hostKeyTarget, useFlannelSession } from '../flannel/flannel-session.js';
import { JobStepList } from '../flannel/JobStepList.js';
import { fetchBlocker } from '../node-config/fetch-readiness.js';
import { nodeFactsFromLog } from './node-facts.js';
import { useVerifyNodeSession, verifyTimeoutChoices } from './verify-node-session.js';
import { ConnectionBlockedAlert } from '../flannel/ConnectionBlockedAlert.js';

/**
 * "Verify the node": after a join, asks the control plane (over the Flannel step's SSH connection, its host
 * key trusted this session) until the Windows node is Ready, then shows what the cluster reports about it.
 */
export function VerifyNodePanel() {
  const api = useApi();
  const controlPlane = usePlanStore((state) => state.plan.controlPlane);
  const password = useSecretsStore((state) => state.password);
  const passphrase = useSecretsStore((state) => state.passphrase);
  const connection = useMemo(() => checkConnection(controlPlane, { password, passphrase }), [controlPlane, password, passphrase]);
  const hostKey = useFlannelSession((state) => state.hostKeys[hostKeyTarget(controlPlane.host, parsePort(controlPlane.port))]);
  const blocker = fetchBlocker(connection, hostKey);
  const { nodeName, timeoutSeconds, jobId, setNodeName, setTimeoutSeconds, setJobId } = useVerifyNodeSession();
  const job = useJobsStore((state) => (jobId ? state.jobs[jobId] : undefined));
  const log = useJobsStore((state) => (jobId ? state.logs[jobId] : undefined)) ?? emptyLogWindow;
  const showJob = useJobsStore((state) => state.showJob);
  const [starting, setStarting] = useState(false);
  const running = job !== undefined && !isFinished(job.state);
  const name = nodeName.trim().toLowerCase();
  const nameError = nodeName.trim() !== '' && !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name);

  const start = async () => {
    if (!connection.profile || !name) return;
    setStarting(true);
    try {
      const started = await api.jobs.start({ kind: 'verifyNode', connection: connection.profile, nodeName: name, timeoutSeconds });
      setJobId(started.jobId);
      showJob(started.jobId);
    } catch (error) {
      reportFailure(error, 'Could not start verifying the node');
    } finally {
      setStarting(false);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="verify-node-title" sx={{ p: 2 }}>
      <Typography id="verify-node-title" variant="subtitle1" component="h3" gutterBottom>
        Verify the node
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        After the join, asks the control plane (<code>kubectl get nodes</code> over SSH) until the Windows node is Ready,
        then shows its OS, kubelet version and internal IP.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          id="verify-node-name"
          label="Windows node name"
          value={nodeName}
          onChange={(event) => setNodeName(event.target.value)}
          error={nameError}
          helperText={
            nameError
              ? 'A node name has only letters, digits, dots and hyphens.'
              : 'As kubectl get nodes shows it: the Windows host name, in lower case.'
          }
          slotProps={{ input: { endAdornment: <FieldHelpAdornment id="verify.nodeName" /> } }}
          sx={{ flex: 2 }}
        />
        <TextField
          id="verify-node-timeout"
          select
          label="Wait up to"
          value={String(timeoutSeconds)}
          onChange={(event) => setTimeoutSeconds(Number(event.target.value))}
          helperText="How long the node may take to become Ready."
          slotProps={{ select: { native: true }, input: { endAdornment: <FieldHelpAdornment id="verify.timeout" select /> } }}
          sx={{ flex: 1, minWidth: 140 }}
        >
          {verifyTimeoutChoices.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {seconds < 60 ? `${seconds} s` : `${seconds / 60} min (${seconds} s)`}
            </option>
          ))}
        </TextField>
        <Button
          variant="contained"
          disabled={blocker !== undefined || !name || nameError || starting || running}
          onClick={() => void start()}
          data-testid="verify-node"
          sx={{ flexShrink: 0, mt: { sm: 1 } }}
        >
          {running ? 'Verifying…' : 'Verify the node'}
        </Button>
      </Stack>
      {blocker && <ConnectionBlockedAlert reason={blocker} testId="verify-node-blocked" />}
      {job && (
        <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="verify-node-status" data-state={job.state}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{job.title}</Typography>
            <JobStateChip state={job.state} />
          </Stack>
          <JobProgress job={job} testId="verify-node-progress" />
          <JobStepList steps={job.steps} testId="verify-node-steps" />
          <VerifyOutcome job={job} onShowLog={() => showJob(job.id)} facts={nodeFactsFromLog(log.lines)} />
        </Stack>
      )}
    </Paper>
  );
}

function VerifyOutcome(props: { job: JobSummary; facts: ReturnType<typeof nodeFactsFromLog>; onShowLog: () => void }) {
  const { job, facts } = props;
  const showLog = (
    <Button color="inherit" size="small" onClick={props.onShowLog} sx={{ whiteSpace: 'nowrap' }}>
      Show log
    </Button>
  );
  if (job.state === 'queued' || job.state === 'running') return null;
  if (job.state === 'succeeded') {
    return (
      <Alert severity="success" action={showLog} data-testid="verify-node-outcome">
        <AlertTitle>The node is Ready</AlertTitle>
        <Stack component="dl" spacing={0.5} sx={{ m: 0 }} data-testid="verify-node-facts">
          <Fact name="OS" value={facts.os ?? 'not in the log'} />
          <Fact name="Kubelet" value={facts.kubelet ?? 'not in the log'} />
          <Fact name="Internal IP" value={facts.internalIp ?? 'not in the log'} mono />
        </Stack>
      </Alert>
    );
  }
  const failedAt = job.steps.findIndex((step) => step.state === 'failed');
  const step = job.steps[failedAt];
  const title = step ? `Stopped at step ${failedAt + 1}: ${step.name}` : job.state === 'failed' ? 'The job failed' : `The job was ${job.state}`;
  return (
    <Alert severity={job.state === 'failed' ? 'error' : 'warning'} action={showLog} data-testid="verify-node-outcome">
      <AlertTitle>{title}</AlertTitle>
      {job.message && <div data-testid="verify-node-message">{job.message}</div>}
      <div>Verifying changes nothing: fix the cause, then verify again. The log of this run is kept.</div>
    </Alert>
  );
}
