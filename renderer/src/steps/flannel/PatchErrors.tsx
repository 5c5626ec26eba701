import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { FlannelError } from '../../../../shared/flannel/flannel-errors.js';
import { monospaceFont } from '../../theme.js';

/** Why the manifest cannot be patched, each problem with its stable code; nothing can run until they are fixed. */
export function PatchErrors(props: { errors: readonly FlannelError[] }) {
  const aboutPlan = props.errors.some((error) => error.field === 'clusterCidr');
  return (
    <Alert severity="error" data-testid="manifest-errors">
      <AlertTitle>This manifest cannot be patched</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {props.errors.map((error, index) => (
          <li key={`${error.code}-${index}`} data-code={error.code}>
            <Typography component="span" variant="body2" sx={{ fontFamily: monospaceFont, fontWeight: 600, mr: 1 }}>
              {error.code}
            </Typography>
            <Typography component="span" variant="body2">
              {error.message}
            </Typography>
          </li>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {aboutPlan
          ? 'Fix the cluster CIDR in step 1 (IP plan); the manifest is patched with it.'
          : 'Use the kube-flannel.yml published with a flannel release (it holds the kube-flannel-cfg ConfigMap and the kube-flannel-ds DaemonSet).'}
      </Typography>
    </Alert>
  );
}
