import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fact } from '../../components/Fact.js';

/** The fixed VXLAN settings Windows needs, and the network taken from the IP plan. */
export function FlannelSettings(props: { clusterCidr: string }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-summary-title" sx={{ p: 2 }}>
      <Typography id="flannel-summary-title" variant="subtitle1" component="h3" gutterBottom>
        Flannel settings
      </Typography>
      <Stack component="dl" spacing={0.5} sx={{ m: 0 }} data-testid="flannel-summary">
        <Fact mono name="Backend" value="VXLAN" />
        <Fact mono name="VNI" value="4096" />
        <Fact mono name="Port" value="4789 (UDP)" />
        <Fact mono name="Network" value={props.clusterCidr.trim() || 'not set yet (cluster CIDR in the IP plan)'} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        Windows flannel interoperates with Linux nodes only with VXLAN on VNI 4096 and UDP port 4789, so these are fixed;
        that port must be open between all nodes.
      </Typography>
    </Paper>
  );
}
