import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { authorizedKeysWarning } from '../../../../shared/help/warnings.js';
import { CopyButton } from '../../components/help/CopyButton.js';
import { WarningAlert } from '../../components/help/WarningAlert.js';
import { monospaceFont } from '../../theme.js';

const mono = { fontFamily: monospaceFont, overflowWrap: 'anywhere' } as const;

/**
 * Consent for changing the control plane: the exact line, and whose authorized_keys it goes to. The join's scp
 * logs in as the config's control-plane user, so a different SSH user is called out before anything is written.
 */
export function AuthorizeKeyDialog(props: { open: boolean; keyLine: string; sshUser: string; host: string; joinUser: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const mismatch = props.joinUser !== '' && props.joinUser !== props.sshUser;
  return (
    <Dialog open={props.open} onClose={props.onCancel} aria-labelledby="authorize-key-title" maxWidth="sm" fullWidth data-testid="authorize-key-dialog">
      <DialogTitle id="authorize-key-title">Add the node’s key to authorized_keys?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          KubeCluster.ps1 -join copies the kubeconfig from the control plane with scp, so the node’s SSH key must be
          allowed there first. This appends exactly this line to <b style={mono}>~{props.sshUser}/.ssh/authorized_keys</b> on{' '}
          <b style={mono}>{props.host}</b> (logged in as <b style={mono}>{props.sshUser}</b>), unless the line is already there:
        </Typography>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
          <Box component="pre" data-testid="authorize-key-line" sx={{ m: 0, flex: 1, minWidth: 0, px: 1.5, py: 1, borderRadius: 1, border: 1, borderColor: 'divider', fontSize: 12.5, whiteSpace: 'pre-wrap', ...mono }}>
            {props.keyLine}
          </Box>
          <CopyButton text={props.keyLine} what="the authorized_keys line" testId="authorize-key-line-copy" />
        </Stack>
        <WarningAlert warning={authorizedKeysWarning({ user: props.sshUser, host: props.host })} sx={{ mb: mismatch ? 1.5 : 0 }} />
        {mismatch && (
          <Alert severity="warning" data-testid="authorize-key-user-mismatch">
            The join logs in as <b>{props.joinUser}</b> (Kubernetes.ControlPlane.Username), not as {props.sshUser}. The key
            must be in {props.joinUser}’s authorized_keys: change one of the two users first.
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button
          variant="contained"
          disabled={props.busy || mismatch}
          onClick={props.onConfirm}
          data-testid="authorize-key-confirm"
        >
          Add the key
        </Button>
      </DialogActions>
    </Dialog>
  );
}
