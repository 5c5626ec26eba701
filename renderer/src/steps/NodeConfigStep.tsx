import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { nodeConfigDraftSchema } from '../../../shared/plan/plan-schema.js';
import { usePlanStore } from '../store/plan-store.js';

const pluginNames = nodeConfigDraftSchema.shape.pluginName.options;

/** Step 3: the node-side settings that go into Kubeclustervxlan.json. */
export function NodeConfigStep() {
  const nodeConfig = usePlanStore((state) => state.plan.nodeConfig);
  const setField = usePlanStore((state) => state.setNodeConfigField);
  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        These settings describe the Windows node; they become its Kubeclustervxlan.json.
      </Typography>
      <TextField
        id="nodeConfig-kubernetesRelease"
        label="Kubernetes release"
        helperText="The version of the node binaries, e.g. 1.15.0; match the control plane’s version."
        value={nodeConfig.kubernetesRelease}
        onChange={(event) => setField('kubernetesRelease', event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <TextField
        id="nodeConfig-interfaceName"
        label="Network interface"
        helperText="The Windows adapter that carries cluster traffic, as Get-NetAdapter names it (e.g. Ethernet)."
        value={nodeConfig.interfaceName}
        onChange={(event) => setField('interfaceName', event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <TextField
        id="nodeConfig-pluginName"
        select
        label="CNI plugin"
        helperText="vxlan is the overlay flannel uses; bridge (L2bridge) is for when overlay is unavailable."
        value={nodeConfig.pluginName}
        onChange={(event) => {
          const value = pluginNames.find((name) => name === event.target.value);
          if (value) setField('pluginName', value);
        }}
        slotProps={{ select: { native: true } }}
      >
        {pluginNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </TextField>
      <Alert severity="info" variant="outlined">
        vxlan (overlay) needs Windows Server 2019 with KB4489899 or later on the node; on older builds choose bridge.
      </Alert>
      <TextField
        id="nodeConfig-installDestination"
        label="Install destination"
        helperText="The folder on the node where Kubernetes is installed."
        value={nodeConfig.installDestination}
        onChange={(event) => setField('installDestination', event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
    </Stack>
  );
}
