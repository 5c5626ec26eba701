import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isFinished } from '../../../../shared/jobs/job-types.js';
import { JobProgress } from '../../components/JobProgress.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import { checkConnection, parsePort } from '../flannel/connection-form.js';
import { hostKeyTarget, useFlannelSession } from '../flannel/flannel-session.js';
import { fetchBlocker } from './fetch-readiness.js';
import { CloudDownloadIcon } from './node-config-icons.js';
import { useJoinCredentials } from './use-join-credentials.js';
import { ConnectionBlockedAlert } from '../flannel/ConnectionBlockedAlert.js';

/**
 * "Fetch token and CA hash": a fresh bootstrap token from the control plane over the Flannel step's SSH
 * connection. Disabled, with the reason, until that connection is complete and its host key trusted.
 */
export function FetchCredentials() {
  const controlPlane = usePlanStore((state) => state.plan.controlPlane);
  const password = useSecretsStore((state) => state.password);
  const passphrase = useSecretsStore((state) => state.passphrase);
  const connection = useMemo(() => checkConnection(controlPlane, { password, passphrase }), [controlPlane, password, passphrase]);
  const hostKey = useFlannelSession((state) => state.hostKeys[hostKeyTarget(controlPlane.host, parsePort(controlPlane.port))]);
  const blocker = fetchBlocker(connection, hostKey);
  const { fetch, job, busy, start } = useJoinCredentials();
  const showJob = useJobsStore((state) => state.showJob);
  const host = controlPlane.host.trim() || 'the control plane';
  const showLog = fetch && (
    <Button color="inherit" size="small" onClick={() => showJob(fetch.jobId)} sx={{ whiteSpace: 'nowrap' }}>
      Show log
    </Button>
  );

  return (
    <Box sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="contained"
          startIcon={<CloudDownloadIcon />}
          disabled={blocker !== undefined || busy}
          onClick={() => connection.profile && void start(connection.profile)}
          data-testid="fetch-join-credentials"
          sx={{ flexShrink: 0 }}
        >
          {busy ? 'Fetching…' : 'Fetch token and CA hash'}
        </Button>
        <Typography variant="body2" color="text.secondary">
          Runs <code>kubeadm token create --print-join-command</code> on {host} over SSH and fills the address, token and CA
          hash. The token expires after 24 hours; the log shows it redacted.
        </Typography>
      </Stack>
      {blocker && <ConnectionBlockedAlert reason={blocker} testId="fetch-blocked" />}
      {job && !isFinished(job.state) && (
        <Box sx={{ mt: 1.5 }}>
          <JobProgress job={job} testId="fetch-progress" />
        </Box>
      )}
      {fetch?.status === 'applied' && (
        <Alert severity="success" action={showLog} data-testid="fetched-from" sx={{ mt: 1.5 }}>
          Fetched from {fetch.apiServer}: a new token and the cluster’s CA hash are filled in below.
        </Alert>
      )}
      {fetch?.status === 'failed' && (
        <Alert severity="error" action={showLog} data-testid="fetch-failed" sx={{ mt: 1.5 }}>
          Fetching failed: {fetch.message}
        </Alert>
      )}
    </Box>
  );
}
