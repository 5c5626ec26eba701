import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFlannelSession } from './flannel/flannel-session.js';
import { useInstallSession } from './install/install-session.js';
import { MachineCheckPanel } from './install/MachineCheckPanel.js';
import { localTargetView, remoteTargetView } from './install/node-context.js';
import { NodeActionsPanel } from './install/NodeActionsPanel.js';
import { PreflightPanel } from './install/PreflightPanel.js';
import { RemoteSummary } from './install/RemoteSummary.js';
import { TargetPanel } from './install/TargetPanel.js';
import { useNodeContext } from './install/use-node-context.js';
import { useNodeProgressSync } from './install/use-node-progress-sync.js';
import { useVerifyNodeSession } from './install/verify-node-session.js';
import { VerifyNodePanel } from './install/VerifyNodePanel.js';

/**
 * Step 4, the one the operator watches: where to run, preflight, install / join / reset with their live steps and
 * log, then verify. In remote mode the summary covers every node and the panels below show one node's details.
 */
export function InstallStep() {
  const context = useNodeContext();
  const hostKeys = useFlannelSession((state) => state.hostKeys);
  const focused = useInstallSession((state) => state.focused);
  const verifyName = useVerifyNodeSession((state) => state.nodeName);
  useNodeProgressSync();

  const remoteViews = context.targets.nodes.map((_, index) => remoteTargetView(context, index, hostKeys));
  const view = context.local ? localTargetView(context, verifyName.trim().toLowerCase()) : remoteViews[Math.min(focused, remoteViews.length - 1)];

  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary" data-testid="install-intro" data-method={context.join.method}>
        {context.join.method === 'kubeadm'
          ? 'Joining with containerd + kubeadm (step 3). Choose where the scripts run, check the node with a preflight, then install, join (or reset) and watch every step and line of output here. Finally verify that the node is Ready.'
          : 'Choose where KubeCluster.ps1 runs, check the node with a preflight, then install, join (or reset) and watch every step and line of output here. Finally verify that the node is Ready.'}
      </Typography>
      <TargetPanel context={context} />
      {context.local && <MachineCheckPanel />}
      {!context.local && remoteViews.length > 0 && <RemoteSummary context={context} views={remoteViews} />}
      {view ? (
        <>
          <PreflightPanel key={`preflight-${view.key ?? view.index}`} context={context} view={view} />
          <NodeActionsPanel key={`actions-${view.key ?? view.index}`} context={context} view={view} />
        </>
      ) : (
        <Alert severity="info" data-testid="no-remote-nodes">
          Add a remote node under “Where to run” to check, install and join it.
        </Alert>
      )}
      <VerifyNodePanel />
      {!context.local && <MachineCheckPanel />}
    </Stack>
  );
}
