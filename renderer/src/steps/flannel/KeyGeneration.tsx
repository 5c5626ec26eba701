import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useApi } from '../../api/use-api.js';
import { CopyButton } from '../../components/help/CopyButton.js';
import { describeFailure } from '../../store/connection-store.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import { monospaceFont } from '../../theme.js';
import { CodeBlock } from './CodeBlock.js';
import { KeyIcon } from './flannel-icons.js';
import { useFlannelSession } from './flannel-session.js';

/**
 * An ed25519 key for the operator, made by the main side in the app's data folder, and the line the control
 * plane's authorized_keys needs. The Windows node's join uses the same key, so this is needed before join too.
 */
export function KeyGeneration() {
  const api = useApi();
  const setField = usePlanStore((state) => state.setControlPlaneField);
  const username = usePlanStore((state) => state.plan.controlPlane.username.trim());
  const generated = useFlannelSession((state) => state.generatedKey);
  const setGenerated = useFlannelSession((state) => state.setGeneratedKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const generate = async () => {
    setBusy(true);
    setError(null);
    try {
      // The passphrase typed for the key (if any) protects the new one too; it is not stored anywhere.
      const passphrase = useSecretsStore.getState().passphrase;
      const key = await api.ssh.generateKey(passphrase ? { passphrase } : {});
      setGenerated(key);
      setField('authType', 'key');
      setField('privateKeyPath', key.privateKeyPath);
    } catch (failure) {
      setError(describeFailure(failure).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<KeyIcon />} disabled={busy} onClick={() => void generate()} data-testid="generate-key">
          Generate a key
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          No key yet? The wizard makes an ed25519 key pair for you and fills in the key file.
        </Typography>
      </Stack>
      {error && (
        <Alert severity="error" data-testid="generate-key-error">
          {error}
        </Alert>
      )}
      {generated && (
        <Box data-testid="generated-key">
          <Typography variant="body2" sx={{ mb: 1 }}>
            Append this line to <code>~/.ssh/authorized_keys</code> of <b>{username || 'the SSH user'}</b> on the control
            plane. The wizard connects with this key, and the Windows node needs it there before it joins.
          </Typography>
          <CodeBlock title="authorized_keys" text={generated.authorizedKeysLine} testId="authorized-keys-line" maxHeight={120} wrap />
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5, fontFamily: monospaceFont, overflowWrap: 'anywhere' }}>
            <span data-testid="generated-key-fingerprint">{generated.fingerprint}</span>
            <CopyButton text={generated.fingerprint} what="the key fingerprint" testId="generated-key-fingerprint-copy" /> · {generated.privateKeyPath}
          </Typography>
        </Box>
      )}
    </Stack>
  );
}
