import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { HOSTPROCESS_FILES } from '../../../../shared/modern-join/hostprocess-manifests.js';
import { FilePickerButton } from '../../a11y/FilePickerButton.js';
import { monospaceFont } from '../../theme.js';
import { FolderIcon, PendingIcon, SucceededIcon } from './flannel-icons.js';
import { hostProcessFiles, hostProcessSourceUrls, manifestFileProblem, useHostProcessManifests, type HostProcessFile } from './hostprocess-manifests.js';

/** The three sig-windows-tools files the job fills in and applies: where each is published, and whether it is open. */
export function HostProcessManifestsList() {
  const loaded = useHostProcessManifests((state) => state.loaded);
  const setManifest = useHostProcessManifests((state) => state.setManifest);
  const [readError, setReadError] = useState<string | null>(null);

  const open = async (file: HostProcessFile, event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setReadError(null);
    const problem = manifestFileProblem(file, chosen.name, chosen.size);
    if (problem) return setReadError(problem);
    try {
      setManifest(file, { fileName: chosen.name, text: await chosen.text() });
    } catch (error) {
      setReadError(`Could not read ${chosen.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <Box component="section" aria-labelledby="hostprocess-manifests-title" sx={{ mb: 2 }} data-testid="hostprocess-manifests">
      <Typography id="hostprocess-manifests-title" variant="subtitle2" component="h4">
        The manifests
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Download them from sig-windows-tools at these commits (the folder was removed from the repository in 2025) and
        open each here; the job fills in the versions and addresses and changes nothing else. Kept for this session only.
      </Typography>
      <Stack spacing={1}>
        {hostProcessFiles.map((file) => {
          const manifest = loaded[file];
          return (
            <Stack key={file} direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }} data-testid={`hostprocess-manifest-${file}`} data-loaded={manifest ? 'true' : 'false'}>
              <FilePickerButton
                variant="outlined"
                size="small"
                startIcon={<FolderIcon />}
                sx={{ flexShrink: 0, minWidth: 270, justifyContent: 'flex-start', whiteSpace: 'nowrap' }}
                accept=".yml,.yaml,application/yaml,text/yaml"
                inputTestId={`hostprocess-manifest-${file}-file`}
                onFile={(event) => void open(file, event)}
              >
                Open {HOSTPROCESS_FILES[file]}…
              </FilePickerButton>
              <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', minWidth: 0 }}>
                {manifest ? <SucceededIcon fontSize="small" color="success" /> : <PendingIcon fontSize="small" color="disabled" />}
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {manifest ? `Opened ${manifest.fileName} (${manifest.text.split('\n').length} lines)` : 'Not opened:'}
                  {!manifest && (
                    <Box component="code" sx={{ ml: 0.75, fontFamily: monospaceFont, fontSize: 12, color: 'text.secondary', userSelect: 'all' }}>
                      {hostProcessSourceUrls[file]}
                    </Box>
                  )}
                </Typography>
              </Stack>
            </Stack>
          );
        })}
      </Stack>
      {readError && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setReadError(null)}>
          {readError}
        </Alert>
      )}
    </Box>
  );
}
