import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/help/CopyButton.js';
import { monospaceFont } from '../../theme.js';

const mono = { fontFamily: monospaceFont, overflowWrap: 'anywhere', m: 0 } as const;

/**
 * A host that presents a different key than the trusted one. There is deliberately no way to trust it from
 * here: the only way on is to forget the old key (a separate, confirmed step) and check again.
 */
export function HostKeyChangedAlert(props: { target: string; keyType: string; fingerprint: string; knownFingerprint: string; onForget: () => void }) {
  return (
    <Alert severity="error" variant="outlined" data-testid="host-key-changed" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>The host key of {props.target} has changed</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        The control plane presents a different key than the one you trusted. <b>This may be an attack</b>: someone between
        this computer and the control plane could be intercepting the connection. It can also mean the server was
        reinstalled or its keys regenerated. The wizard will not connect to it.
      </Typography>
      <Box component="dl" sx={{ m: 0, mb: 1.5, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}>
        <Typography component="dt" variant="body2">Trusted key</Typography>
        <Typography component="dd" variant="body2" sx={mono}>
          <span data-testid="host-key-known-fingerprint">{props.knownFingerprint}</span>
          {/* Named without "trust": nothing in this alert may read as a way to trust the new key. */}
          <CopyButton text={props.knownFingerprint} what="the earlier fingerprint" />
        </Typography>
        <Typography component="dt" variant="body2">Presented now</Typography>
        <Typography component="dd" variant="body2" sx={{ ...mono, fontWeight: 700 }}>
          <span data-testid="host-key-new-fingerprint">
            {props.fingerprint} ({props.keyType})
          </span>
          <CopyButton text={props.fingerprint} what="the presented fingerprint" />
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        Ask whoever runs the control plane whether its key was replaced, and compare the new fingerprint on its console. Only
        then forget the old key and check again.
      </Typography>
      <Button variant="outlined" color="error" size="small" onClick={props.onForget} data-testid="forget-host-key">
        Forget the old key…
      </Button>
    </Alert>
  );
}
