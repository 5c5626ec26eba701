import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/help/CopyButton.js';
import { monospaceFont } from '../../theme.js';
import { FailedIcon, SucceededIcon } from '../flannel/flannel-icons.js';
import type { HostKeyVerdict } from '../flannel/flannel-session.js';
import { ForgetHostKeyDialog } from '../flannel/ForgetHostKeyDialog.js';
import { useHostKey } from '../flannel/use-host-key.js';
import { NodeTrustHostKeyDialog } from './NodeTrustHostKeyDialog.js';

const mono = { fontFamily: monospaceFont, overflowWrap: 'anywhere' } as const;

function verdictText(verdict: HostKeyVerdict | undefined): { text: string; tone: 'ok' | 'bad' | 'plain' } {
  switch (verdict?.status) {
    case undefined:
      return { text: 'Host key not checked yet in this session.', tone: 'plain' };
    case 'checking':
      return { text: 'Fetching the host key…', tone: 'plain' };
    case 'trusted':
      return { text: `Host key trusted: ${verdict.fingerprint}`, tone: 'ok' };
    case 'unknown':
      return { text: 'A new host key: compare its fingerprint and decide.', tone: 'plain' };
    case 'refused':
      return { text: `You refused ${verdict.fingerprint}; the wizard will not connect. Check again to decide anew.`, tone: 'bad' };
    case 'forgotten':
      return { text: 'The old key is forgotten: check the host key again.', tone: 'plain' };
    case 'changed':
      return { text: 'The host key has changed: the wizard will not connect.', tone: 'bad' };
    case 'failed':
      return { text: `The check failed: ${verdict.message}`, tone: 'bad' };
  }
}

/**
 * A remote node's SSH host key, with the Flannel step's rules: fetched without logging in, trusted only as the
 * fingerprint shown, a changed key refused (only forgetting the old key, on purpose, leads on).
 */
export function NodeHostKey(props: { index: number; host: string; port: number; ready: boolean; dialogAllowed: boolean }) {
  const { target, verdict, busy, check, trust, refuse, forget } = useHostKey(props.host, props.port);
  const [forgetting, setForgetting] = useState(false);
  const line = verdictText(verdict);
  const color = line.tone === 'ok' ? 'success.main' : line.tone === 'bad' ? 'error.main' : 'text.secondary';

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button size="small" variant="outlined" disabled={!props.ready || busy || verdict?.status === 'checking'} onClick={() => void check()} data-testid={`remote-node-check-host-key-${props.index}`}>
          Check host key
        </Button>
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', color, minWidth: 0 }} role="status" data-testid={`remote-node-host-key-${props.index}`} data-status={verdict?.status ?? 'unchecked'}>
          {verdict?.status === 'checking' && <CircularProgress size={14} aria-hidden />}
          {line.tone === 'ok' && <SucceededIcon fontSize="small" />}
          {line.tone === 'bad' && <FailedIcon fontSize="small" />}
          <Typography variant="body2" sx={line.tone === 'ok' ? { ...mono, fontWeight: 600 } : { overflowWrap: 'anywhere' }}>
            {props.ready ? line.text : 'Enter a valid host and port first.'}
          </Typography>
          {props.ready && verdict?.status === 'trusted' && <CopyButton text={verdict.fingerprint} what={`the trusted fingerprint of node ${props.index + 1}`} />}
        </Stack>
      </Stack>
      {verdict?.status === 'changed' && (
        <Alert severity="error" variant="outlined" data-testid={`remote-node-host-key-changed-${props.index}`}>
          <AlertTitle>The host key of {target} has changed</AlertTitle>
          <Typography variant="body2">
            Trusted: <span style={mono}>{verdict.knownFingerprint}</span>
            <CopyButton text={verdict.knownFingerprint} what="the earlier fingerprint" />
            <br />
            Presented now: <b style={mono}>{verdict.fingerprint}</b> ({verdict.keyType})
            <CopyButton text={verdict.fingerprint} what="the presented fingerprint" />
          </Typography>
          <Typography variant="body2" sx={{ my: 1 }}>
            <b>This may be an attack</b>, or the node was reinstalled. Compare the new fingerprint on the node’s console; only then
            forget the old key and check again.
          </Typography>
          <Button variant="outlined" color="error" size="small" onClick={() => setForgetting(true)} data-testid={`remote-node-forget-host-key-${props.index}`}>
            Forget the old key…
          </Button>
        </Alert>
      )}
      {verdict?.status === 'unknown' && (
        <NodeTrustHostKeyDialog open={props.dialogAllowed} target={target} keyType={verdict.keyType} fingerprint={verdict.fingerprint} busy={busy} onTrust={() => void trust()} onRefuse={refuse} />
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
    </Stack>
  );
}
