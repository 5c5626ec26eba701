import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ControlPlaneDraft } from '../../../shared/plan/plan-schema.js';
import { usePlanStore } from '../store/plan-store.js';
import { Fact } from '../components/Fact.js';

const fields: readonly { field: keyof ControlPlaneDraft; label: string; helper: string }[] = [
  { field: 'host', label: 'Control-plane host', helper: 'Name or IP address of the Linux control-plane node.' },
  { field: 'port', label: 'SSH port', helper: 'The control plane’s SSH server port, usually 22.' },
  { field: 'username', label: 'SSH username', helper: 'Needs sudo (or root) to run kubectl and sysctl there.' },
];

/** Step 2: where the control plane is, and the flannel settings that will be applied there. */
export function FlannelStep() {
  const controlPlane = usePlanStore((state) => state.plan.controlPlane);
  const clusterCidr = usePlanStore((state) => state.plan.ipPlan.clusterCidr);
  const setField = usePlanStore((state) => state.setControlPlaneField);
  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        The wizard connects to the Linux control plane over SSH to deploy flannel and prepare it for Windows nodes.
      </Typography>
      {fields.map(({ field, label, helper }) => (
        <TextField
          key={field}
          id={`controlPlane-${field}`}
          label={label}
          helperText={helper}
          value={controlPlane[field]}
          onChange={(event) => setField(field, event.target.value)}
          slotProps={{ htmlInput: { spellCheck: false, inputMode: field === 'port' ? 'numeric' : 'text' } }}
        />
      ))}
      <Paper variant="outlined" component="section" aria-labelledby="flannel-summary-title" sx={{ p: 2 }}>
        <Typography id="flannel-summary-title" variant="subtitle1" component="h3" gutterBottom>
          Flannel settings
        </Typography>
        <Stack component="dl" spacing={0.5} sx={{ m: 0 }} data-testid="flannel-summary">
          <Fact mono name="Backend" value="VXLAN" />
          <Fact mono name="VNI" value="4096" />
          <Fact mono name="Port" value="4789 (UDP)" />
          <Fact mono name="Network" value={clusterCidr || 'not set yet (cluster CIDR in the IP plan)'} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          Windows flannel interoperates with Linux nodes only with VXLAN on VNI 4096 and UDP port 4789, so these
          are fixed; that port must be open between all nodes.
        </Typography>
      </Paper>
    </Stack>
  );
}
