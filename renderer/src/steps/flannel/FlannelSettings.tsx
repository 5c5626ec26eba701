import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { vxlanPortWarning } from '../../../../shared/help/warnings.js';
import { Fact } from '../../components/Fact.js';
import { FieldHelp } from '../../components/help/FieldHelp.js';
import { WarningAlert } from '../../components/help/WarningAlert.js';

// The backend is always VXLAN here (Windows flannel needs it), so the port warning always applies in this step.
const portWarning = vxlanPortWarning('vxlan');

/** The fixed VXLAN settings Windows needs, and the network taken from the IP plan. */
export function FlannelSettings(props: { clusterCidr: string }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-summary-title" sx={{ p: 2 }}>
      <Typography id="flannel-summary-title" variant="subtitle1" component="h3" gutterBottom>
        Flannel settings
      </Typography>
      <Stack component="dl" spacing={0.5} sx={{ m: 0 }} data-testid="flannel-summary">
        <Fact mono name="Backend" value="VXLAN" />
        <Fact mono name="VNI" value="4096" action={<FieldHelp id="flannel.vni" dense />} />
        <Fact mono name="Port" value="4789 (UDP)" action={<FieldHelp id="flannel.port" dense />} />
        <Fact mono name="Network" value={props.clusterCidr.trim() || 'not set yet (cluster CIDR in the IP plan)'} action={<FieldHelp id="flannel.network" dense />} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        Windows flannel interoperates with Linux nodes only with VXLAN on VNI 4096 and UDP port 4789, so these are fixed.
      </Typography>
      {portWarning && <WarningAlert warning={portWarning} sx={{ mt: 1.5 }} />}
    </Paper>
  );
}
