import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CommandLine } from '../../components/help/CommandLine.js';
import { CopyButton } from '../../components/help/CopyButton.js';
import { monospaceFont } from '../../theme.js';

/** The host key file whose fingerprint the operator compares, by key type. */
export function hostKeyFile(keyType: string): string {
  if (keyType.startsWith('ecdsa-')) return '/etc/ssh/ssh_host_ecdsa_key.pub';
  if (keyType === 'ssh-rsa' || keyType.startsWith('rsa-')) return '/etc/ssh/ssh_host_rsa_key.pub';
  return '/etc/ssh/ssh_host_ed25519_key.pub';
}

const mono = { fontFamily: monospaceFont, overflowWrap: 'anywhere' } as const;

/**
 * First contact with a control plane: the operator compares the fingerprint with the one the server itself
 * reports, and decides. Closing the dialog any other way counts as refusing.
 */
export function TrustHostKeyDialog(props: { open: boolean; target: string; keyType: string; fingerprint: string; busy: boolean; onTrust: () => void; onRefuse: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onRefuse} aria-labelledby="trust-host-key-title" maxWidth="sm" fullWidth data-testid="host-key-dialog">
      <DialogTitle id="trust-host-key-title">Trust this control plane?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          This computer has not connected to <b>{props.target}</b> before, so nothing proves yet that it is your control
          plane. Compare its fingerprint with the one the server itself reports before you trust it.
        </Typography>
        <Box component="dl" sx={{ m: 0, mb: 2, p: 1.5, borderRadius: 1, bgcolor: 'action.hover', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}>
          <Typography component="dt" variant="body2" color="text.secondary">Host</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, ...mono }}>{props.target}</Typography>
          <Typography component="dt" variant="body2" color="text.secondary">Key type</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, ...mono }}>{props.keyType}</Typography>
          <Typography component="dt" variant="body2" color="text.secondary">Fingerprint</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 700, ...mono }}>
            <span data-testid="host-key-fingerprint">{props.fingerprint}</span>
            <CopyButton text={props.fingerprint} what="the fingerprint" testId="host-key-fingerprint-copy" />
          </Typography>
        </Box>
        <Stack spacing={1}>
          <Typography variant="body2">On the control plane, from its console or a session you already trust, run:</Typography>
          <CommandLine command={`ssh-keygen -lf ${hostKeyFile(props.keyType)}`} what="the ssh-keygen command" testId="host-key-command" />
          <Typography variant="body2" color="text.secondary">
            Trust the key only if the SHA256 value it prints is exactly the one above. If they differ, refuse: something
            between this computer and the control plane may be intercepting the connection.
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={props.onRefuse} disabled={props.busy}>
          Refuse
        </Button>
        <Button variant="contained" onClick={props.onTrust} disabled={props.busy} data-testid="trust-host-key">
          Trust this key
        </Button>
      </DialogActions>
    </Dialog>
  );
}
