import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { describeNodeProgress, type NodeProgress } from '../../../../shared/windows-node/node-progress.js';
import { useJobsStore } from '../../store/jobs-store.js';

const severities: Record<NodeProgress['state'], AlertColor> = {
  running: 'info',
  rebooting: 'info',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
  interrupted: 'warning',
};

const methodWords: Record<NodeProgress['method'], string> = { kubecluster: 'KubeCluster.ps1', kubeadm: 'containerd + kubeadm' };

const actionWords: Record<NodeProgress['action'], string> = { install: 'Install', join: 'Join', reset: 'Reset' };

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/**
 * Where this machine's last install, join or reset got to, as saved on disk (it survives the node's reboot and
 * the app's restart), and the next thing to do. After KubeCluster.ps1's reboot that is "Continue with join"; after
 * Install-Containerd.ps1's, "Run install again".
 */
export function NodeProgressSummary(props: {
  progress: NodeProgress;
  /** The plan's join method now, to say when the saved run used the other one. */
  method?: NodeProgress['method'];
  joinDisabled: boolean;
  installDisabled: boolean;
  onJoin: () => void;
  onInstall: () => void;
  onVerify: () => void;
}) {
  const { progress } = props;
  const { summary, next } = describeNodeProgress(progress);
  // containerd + kubeadm's install does not resume by itself after the restart: it is run again.
  const installAgain = progress.action === 'install' && (next === 'join' || (progress.method === 'kubeadm' && progress.state === 'rebooting'));
  const showJob = useJobsStore((state) => state.showJob);
  const state = progress.state === 'rebooting' ? 'restarting' : progress.state;
  return (
    <Alert
      severity={severities[progress.state]}
      data-testid="node-progress"
      data-action={progress.action}
      data-state={progress.state}
      data-next={next}
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>
        Last run on {progress.targetLabel}: {actionWords[progress.action].toLowerCase()}, {state}
      </AlertTitle>
      <div data-testid="node-progress-summary">{summary}</div>
      {props.method && props.method !== progress.method && (
        <div data-testid="node-progress-other-method">
          That run used {methodWords[progress.method]}; the plan now uses {methodWords[props.method]} (step 3), so the buttons start that method.
        </div>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        {next === 'join' && (
          <Button variant="contained" size="small" disabled={props.joinDisabled} onClick={props.onJoin} data-testid="continue-with-join">
            Continue with join
          </Button>
        )}
        {installAgain && (
          <Button variant={next === 'join' ? 'outlined' : 'contained'} size="small" disabled={props.installDisabled} onClick={props.onInstall} data-testid="run-install-again">
            Run install again
          </Button>
        )}
        {next === 'verify' && (
          <Button variant="contained" size="small" onClick={props.onVerify} data-testid="go-verify">
            Verify the node
          </Button>
        )}
        <Button size="small" color="inherit" onClick={() => showJob(progress.jobId)} data-testid="node-progress-show-log">
          Show its log
        </Button>
        <span style={{ fontSize: '0.8125rem', opacity: 0.8 }}>Updated {when(progress.updatedAt)}</span>
      </Stack>
    </Alert>
  );
}
