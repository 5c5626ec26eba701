import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FilePickerButton } from '../../a11y/FilePickerButton.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { usePlanStore } from '../../store/plan-store.js';
import { monospaceFont } from '../../theme.js';
import { FolderIcon } from './flannel-icons.js';
import { ManifestResult } from './ManifestResult.js';
import { PatchErrors } from './PatchErrors.js';
import type { ManifestPreview } from './patched-manifest.js';

// The saved plan refuses larger manifests; real ones are around 15 kB.
const maxBytes = 2 * 1024 * 1024;

/** The operator's kube-flannel.yml (opened or pasted, saved with the plan) and what the patch makes of it. */
export function ManifestPanel(props: { preview: ManifestPreview }) {
  const { manifestName, manifest } = usePlanStore((state) => state.plan.flannel);
  const setManifest = usePlanStore((state) => state.setFlannelManifest);
  const [readError, setReadError] = useState<string | null>(null);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after editing it) reads it again.
    input.value = '';
    if (!file) return;
    setReadError(null);
    if (file.size > maxBytes) return setReadError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a kube-flannel.yml is far smaller. Choose the manifest itself.`);
    try {
      setManifest(file.name, await file.text());
    } catch (error) {
      setReadError(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const { preview } = props;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-manifest-title" sx={{ p: 2 }}>
      <Typography id="flannel-manifest-title" variant="subtitle1" component="h3">
        Flannel manifest
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Use the <code>kube-flannel.yml</code> of the flannel release you deploy. The wizard changes only the{' '}
        <code>kube-flannel-cfg</code> ConfigMap (VXLAN with VNI 4096 and port 4789, the cluster CIDR, the <code>vxlan0</code>{' '}
        CNI network) and adds the Linux node selector to the flannel DaemonSet; every other line stays as published.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <FilePickerButton variant="outlined" startIcon={<FolderIcon />} accept=".yml,.yaml,application/yaml,text/yaml" inputTestId="manifest-file" onFile={(event) => void open(event)}>
          Open kube-flannel.yml…
        </FilePickerButton>
        <Typography variant="body2" color="text.secondary" data-testid="manifest-name">
          {manifest ? manifestName || 'Pasted text' : 'or paste it below'}
        </Typography>
      </Stack>
      {readError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setReadError(null)}>
          {readError}
        </Alert>
      )}
      <TextField
        id="flannel-manifest"
        label="kube-flannel.yml"
        multiline
        minRows={4}
        maxRows={10}
        value={manifest}
        onChange={(event) => setManifest(event.target.value ? manifestName : '', event.target.value)}
        placeholder={'apiVersion: v1\nkind: ConfigMap\n…'}
        slotProps={{
          htmlInput: { spellCheck: false, sx: { fontFamily: monospaceFont, fontSize: 12.5 } },
          input: { endAdornment: <FieldHelpAdornment id="flannel.manifest" top /> },
        }}
        sx={{ mb: preview ? 2 : 0 }}
      />
      {preview && !preview.ok && <PatchErrors errors={preview.errors} />}
      {preview?.ok && <ManifestResult patched={preview.patched} />}
    </Paper>
  );
}
