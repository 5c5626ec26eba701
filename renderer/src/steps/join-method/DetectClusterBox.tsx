import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { parseClusterKubeVersion } from '../../../../shared/modern-join/kube-version.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { useJobsStore } from '../../store/jobs-store.js';
import { ConnectionBlockedAlert } from '../flannel/ConnectionBlockedAlert.js';
import { CloudDownloadIcon } from '../node-config/node-config-icons.js';
import { DetectedClusterView } from './DetectedClusterView.js';
import { useDetectCluster } from './use-detect-cluster.js';

/**
 * "Detect from the cluster": the version, flannel and the nodes' kubelets over the Flannel step's SSH connection.
 * Disabled, with the reason, until that connection is complete and its host key trusted.
 */
export function DetectClusterBox(props: { profile: SshProfile | undefined; blocker: string | undefined; host: string }) {
  const { detect, busy, start } = useDetectCluster();
  const showJob = useJobsStore((state) => state.showJob);
  const showLog = detect && (
    <Button color="inherit" size="small" onClick={() => showJob(detect.jobId)} sx={{ whiteSpace: 'nowrap' }}>
      Show log
    </Button>
  );
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="contained"
          startIcon={<CloudDownloadIcon />}
          disabled={props.blocker !== undefined || busy}
          onClick={() => props.profile && void start(props.profile)}
          data-testid="detect-cluster"
          sx={{ flexShrink: 0 }}
        >
          {busy ? 'Detecting…' : 'Detect from the cluster'}
        </Button>
        <Typography variant="body2" color="text.secondary">
          Reads the cluster’s version, flannel’s version and every node’s kubelet with kubectl on {props.host} over SSH. Changes nothing.
        </Typography>
      </Stack>
      {props.blocker && <ConnectionBlockedAlert reason={props.blocker} testId="detect-blocked" actionLabel="Open the Flannel step" />}
      {detect?.status === 'failed' && (
        <Alert severity="error" action={showLog} data-testid="detect-failed" sx={{ mt: 1.5 }}>
          Detection failed: {detect.message}
        </Alert>
      )}
      {detect?.status === 'applied' && (
        <Stack spacing={1.5} sx={{ mt: 1.5 }}>
          {!parseClusterKubeVersion(detect.cluster.kubernetesVersion) && (
            <Alert severity="warning" action={showLog} data-testid="detect-unreadable">
              The cluster reports “{detect.cluster.kubernetesVersion}”, which is not a version the wizard can read: type it below as v1.29.6.
            </Alert>
          )}
          <DetectedClusterView cluster={detect.cluster} source={detect.source} />
        </Stack>
      )}
    </Box>
  );
}
