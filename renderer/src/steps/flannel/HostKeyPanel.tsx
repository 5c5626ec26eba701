import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/help/CopyButton.js';
import { monospaceFont } from '../../theme.js';
import { FailedIcon, SucceededIcon } from './flannel-icons.js';
import type { HostKeyVerdict } from './flannel-session.js';
import { ForgetHostKeyDialog } from './ForgetHostKeyDialog.js';
import { HostKeyChangedAlert } from './HostKeyChangedAlert.js';
import { TrustHostKeyDialog } from './TrustHostKeyDialog.js';
import { useHostKey } from './use-host-key.js';

const mono = { fontFamily: monospaceFont, overflowWrap: 'anywhere' } as const;

/** One line saying where the check stands; the changed-key warning and failures get their own alerts. */
function VerdictLine(props: { verdict: HostKeyVerdict | undefined }) {
  const { verdict } = props;
  if (!verdict) return <Typography variant="body2" color="text.secondary">Not checked yet in this session.</Typography>;
  switch (verdict.status) {
    case 'checking':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <CircularProgress size={16} aria-hidden />
          <Typography variant="body2">Fetching the host key…</Typography>
        </Stack>
      );
    case 'trusted':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'success.main' }} data-testid="host-key-trusted" role="status">
          <SucceededIcon fontSize="small" />
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Host key trusted: <Typography component="span" variant="body2" sx={{ ...mono, fontWeight: 600 }}>{verdict.fingerprint}</Typography>
            <CopyButton text={verdict.fingerprint} what="the trusted fingerprint" />
          </Typography>
        </Stack>
      );
    case 'unknown':
      return <Typography variant="body2">A new host key: compare its fingerprint in the dialog and decide.</Typography>;
    case 'refused':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'warning.main' }} data-testid="host-key-refused" role="status">
          <FailedIcon fontSize="small" />
          <Typography variant="body2">
            You refused <Typography component="span" variant="body2" sx={mono}>{verdict.fingerprint}</Typography>; the wizard will not connect.
            Check again to decide anew.
          </Typography>
        </Stack>
      );
    case 'forgotten':
      return <Alert severity="info">The old key is forgotten. Check the host key again and compare the new fingerprint before trusting it.</Alert>;
    default:
      return null;
  }
}

/**
 * Step 2 of the connection: the control plane's SSH host key, checked without logging in. Trust is given
 * only to the fingerprint the operator saw, and a changed key can only be forgotten on purpose, never accepted.
 */
export function HostKeyPanel(props: { host: string; port: number; ready: boolean }) {
  const { target, verdict, busy, check, trust, refuse, forget } = useHostKey(props.host, props.port);
  const [forgetting, setForgetting] = useState(false);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-host-key-title" sx={{ p: 2 }}>
      <Typography id="flannel-host-key-title" variant="subtitle1" component="h3">
        Host key
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Before sending any credentials, the wizard fetches the control plane’s SSH host key so you can confirm it is the
        right machine. Trusted keys are remembered on this computer.
      </Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="outlined" disabled={!props.ready || busy || verdict?.status === 'checking'} onClick={() => void check()} data-testid="check-host-key">
            Check host key
          </Button>
          {props.ready ? <VerdictLine verdict={verdict} /> : <Typography variant="body2" color="text.secondary">Enter a valid host and port first.</Typography>}
        </Stack>
        {verdict?.status === 'failed' && (
          <Alert severity="error" data-testid="host-key-error">
            {verdict.message}
          </Alert>
        )}
        {verdict?.status === 'changed' && <HostKeyChangedAlert target={target} {...verdict} onForget={() => setForgetting(true)} />}
      </Stack>
      {verdict && (verdict.status === 'unknown' || verdict.status === 'refused') && (
        <TrustHostKeyDialog open={verdict.status === 'unknown'} target={target} keyType={verdict.keyType} fingerprint={verdict.fingerprint} busy={busy} onTrust={() => void trust()} onRefuse={refuse} />
      )}
      <ForgetHostKeyDialog
        open={forgetting && verdict?.status === 'changed'}
        host={props.host.trim()}
        target={target}
        busy={busy}
        onCancel={() => setForgetting(false)}
        onForget={() => {
          setForgetting(false);
          void forget();
        }}
      />
    </Paper>
  );
}
