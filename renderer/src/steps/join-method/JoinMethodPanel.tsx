import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { usePlanStore } from '../../store/plan-store.js';
import { monospaceFont } from '../../theme.js';
import { useControlPlane } from '../flannel/use-control-plane.js';
import { DetectClusterBox } from './DetectClusterBox.js';
import { adviceFor, containerdVersionError, disabledReason, editKubernetesVersion, joinMethodNames, joinMethodOf, kubernetesVersionError } from './join-method-model.js';
import { JoinMethodChoice } from './JoinMethodChoice.js';
import { updateJoinMethod } from './update-join-method.js';

const mono = { fontFamily: monospaceFont };

/**
 * How the Windows node joins: KubeCluster.ps1 (Docker, clusters up to 1.23) or containerd + PrepareNode.ps1 +
 * kubeadm join (1.23 and later). The cluster's version decides what is possible; it is detected or typed, and the
 * choice is saved with the plan.
 */
export function JoinMethodPanel() {
  const plan = usePlanStore((state) => state.plan);
  const draft = joinMethodOf(plan);
  const controlPlane = useControlPlane();
  const advice = adviceFor(draft.kubernetesVersion);
  const versionError = kubernetesVersionError(draft.kubernetesVersion);
  const containerdError = containerdVersionError(draft.containerdVersion);
  const ruledOut = disabledReason(draft.method, advice);
  const other = draft.method === 'kubeadm' ? 'kubecluster' : 'kubeadm';
  const versionHelp = draft.detectedFrom ? `Detected from ${draft.detectedFrom}.` : 'As kubectl version shows the server, e.g. v1.29.6; or detect it above.';

  return (
    <Paper variant="outlined" component="section" aria-labelledby="join-method-title" sx={{ p: 2 }} data-testid="join-method-panel" data-method={draft.method}>
      <Typography id="join-method-title" variant="subtitle1" component="h3">
        Join method
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        KubeCluster.ps1 with Docker works only up to Kubernetes 1.23: dockershim was removed in 1.24 and the script was
        deleted from sig-windows-tools in 2023. Current clusters join with containerd, PrepareNode.ps1 and kubeadm join.
      </Typography>
      <Stack spacing={2}>
        <DetectClusterBox profile={controlPlane.profile} blocker={controlPlane.blocker} host={controlPlane.host} />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            id="join-kubernetes-version"
            label="Kubernetes version"
            value={draft.kubernetesVersion}
            placeholder="v1.29.6"
            onChange={(event) => updateJoinMethod((current) => editKubernetesVersion(current, event.target.value))}
            error={versionError !== undefined}
            helperText={versionError ?? versionHelp}
            slotProps={{
              htmlInput: { spellCheck: false, style: mono, 'data-testid': 'kubernetes-version' },
              inputLabel: { shrink: true },
              input: { endAdornment: <FieldHelpAdornment id="joinMethod.kubernetesVersion" /> },
            }}
            sx={{ flex: 1 }}
          />
          <TextField
            id="join-containerd-version"
            label="containerd version"
            value={draft.containerdVersion}
            onChange={(event) => updateJoinMethod((current) => ({ ...current, containerdVersion: event.target.value }))}
            error={containerdError !== undefined}
            helperText={containerdError ?? 'What Install-Containerd.ps1 installs (containerd + kubeadm only); 1.7.1 in the guide.'}
            slotProps={{
              htmlInput: { spellCheck: false, style: mono, 'data-testid': 'containerd-version' },
              input: { endAdornment: <FieldHelpAdornment id="joinMethod.containerdVersion" /> },
            }}
            sx={{ flex: 1 }}
          />
        </Stack>
        {advice ? (
          <Alert severity="info" data-testid="join-method-reason" data-recommended={advice.method}>
            Recommended: {joinMethodNames[advice.method]}. {advice.reason}
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="join-method-reason" data-recommended="">
            Detect or type the cluster’s version to see which method fits it.
          </Typography>
        )}
        <JoinMethodChoice method={draft.method} advice={advice} onChange={(method) => updateJoinMethod((current) => ({ ...current, method }))} />
        {ruledOut && (
          <Alert severity="warning" data-testid="join-method-ruled-out">
            The plan uses {joinMethodNames[draft.method]}, which this cluster’s version rules out: {ruledOut} Choose {joinMethodNames[other]}.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
