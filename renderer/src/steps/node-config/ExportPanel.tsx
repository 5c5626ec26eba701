import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { exportNodeConfig } from '../../../../shared/node-config/export-node-config.js';
import { EXPORT_HOLDS_SECRETS } from '../../../../shared/node-config/node-config-notes.js';
import type { ExtraField, NodeConfig } from '../../../../shared/node-config/node-config-schema.js';
import { monospaceFont } from '../../theme.js';
import { copyText, saveText } from '../flannel/copy-save.js';
import { CopyIcon, SaveIcon } from '../flannel/flannel-icons.js';
import { exportFileName, maskSecrets } from './config-model.js';
import { useNodeConfigSession } from './node-config-session.js';

/**
 * The file exactly as it will be written (plain JSON, 4-space indent, imported extras in place). The preview
 * masks the token and CA hash unless asked; Copy and Save always give the real values.
 */
export function ExportPanel(props: { config: NodeConfig; extras: readonly ExtraField[]; errors: number; method?: 'kubecluster' | 'kubeadm' }) {
  const { config, extras, errors } = props;
  const showSecrets = useNodeConfigSession((state) => state.showSecrets);
  const setShowSecrets = useNodeConfigSession((state) => state.setShowSecrets);
  const text = useMemo(() => exportNodeConfig(config, { indent: 4, extras }), [config, extras]);
  const preview = useMemo(() => (showSecrets ? text : exportNodeConfig(maskSecrets(config), { indent: 4, extras })), [showSecrets, text, config, extras]);
  const fileName = exportFileName(config);
  const shown = useRef<HTMLPreElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  const blocked = errors > 0;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="node-config-export-title" sx={{ p: 2 }}>
      <Typography id="node-config-export-title" variant="subtitle1" component="h3">
        Export {fileName}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Plain JSON that PowerShell’s ConvertFrom-Json reads, every section complete. Copy it to the node next to KubeCluster.ps1.
      </Typography>
      {props.method === 'kubeadm' && (
        <Alert severity="info" variant="outlined" data-testid="export-not-used" sx={{ mb: 2 }}>
          Not needed for containerd + kubeadm: the wizard passes the token, the CA hash and the API server to kubeadm join
          itself. Export it only if you switch back to KubeCluster.ps1.
        </Alert>
      )}
      <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', pl: 1.5, pr: 0.5, py: 0.25, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="caption" sx={{ fontFamily: monospaceFont, fontWeight: 600, flexGrow: 1 }}>
            {fileName}
          </Typography>
          <Typography variant="caption" color="success.main" role="status" aria-live="polite">
            {notice ?? ''}
          </Typography>
          <FormControlLabel
            control={<Switch size="small" checked={showSecrets} onChange={(event) => setShowSecrets(event.target.checked)} data-testid="show-secrets" />}
            label={<Typography variant="caption">Show secrets</Typography>}
          />
          <Button size="small" startIcon={<CopyIcon />} disabled={blocked} aria-label={`Copy ${fileName}`} onClick={() => void copyText(text, shown.current).then((how) => setNotice(how === 'copied' ? 'Copied' : 'Selected: press Ctrl+C to copy'))}>
            Copy
          </Button>
        </Stack>
        <Box component="pre" ref={shown} tabIndex={0} aria-label={`${fileName} preview`} data-testid="config-preview" sx={{ m: 0, px: 1.5, py: 1, maxHeight: 420, overflow: 'auto', fontFamily: monospaceFont, fontSize: 12.5, lineHeight: 1.55 }}>
          {preview}
        </Box>
      </Box>
      {blocked && (
        <Alert severity="error" variant="outlined" data-testid="export-blocked" sx={{ mt: 2 }}>
          Fix the {errors} error{errors === 1 ? '' : 's'} listed in the config check first: KubeCluster.ps1 would fail on this file.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { md: 'center' } }}>
        <Button variant="contained" startIcon={<SaveIcon />} disabled={blocked} onClick={() => saveText(fileName, text, 'application/json')} data-testid="export-config" sx={{ flexShrink: 0 }}>
          Save {fileName}
        </Button>
        <Alert severity="warning" variant="outlined" data-testid="export-holds-secrets" sx={{ flexGrow: 1 }}>
          {EXPORT_HOLDS_SECRETS.text}
        </Alert>
      </Stack>
    </Paper>
  );
}
