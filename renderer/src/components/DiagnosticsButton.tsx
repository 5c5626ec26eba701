import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import type { RequestResult } from '../../../shared/ipc/contract-types.js';
import { useApi } from '../api/use-api.js';
import { describeFailure, reportFailure, useConnectionStore } from '../store/connection-store.js';
import { CloseIcon, glyph } from './icons.js';

const DiagnosticsIcon = glyph(
  'M20 8h-2.81a5.985 5.985 0 0 0-1.82-1.96L17 4.41 15.59 3l-2.17 2.17a6.002 6.002 0 0 0-2.83 0L8.41 3 7 4.41l1.62 1.63C7.88 6.55 7.26 7.22 6.81 8H4v2h2.09c-.05.33-.09.66-.09 1v1H4v2h2v1c0 .34.04.67.09 1H4v2h2.81c1.04 1.79 2.97 3 5.19 3s4.15-1.21 5.19-3H20v-2h-2.09c.05-.33.09-.66.09-1v-1h2v-2h-2v-1c0-.34-.04-.67-.09-1H20zm-6 8h-4v-2h4zm0-4h-4v-2h4z',
);

type Bundle = RequestResult<'diagnostics.create'>;

interface Outcome {
  bundle: Bundle;
  /** Web host: the browser's download, or why it could not be offered (the bundle is still on the host). */
  download?: { saved: true } | { saved: false; reason: string };
}

/** Hands the bundle's bytes to the browser's own save flow; the page never touches the file system. */
function downloadZip(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; revoke later rather than cut it off.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function describe(outcome: Outcome): string {
  const { bundle, download } = outcome;
  const size = bundle.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bundle.bytes / 1024))} KB` : `${(bundle.bytes / (1024 * 1024)).toFixed(1)} MB`;
  const saved = `Diagnostics saved to ${bundle.path} (${bundle.entries.length} files, ${size}, secrets redacted).`;
  if (!download) return saved;
  return download.saved ? `${saved} Downloaded as ${bundle.fileName}.` : `${saved} The download failed: ${download.reason}`;
}

/**
 * "Save diagnostics": one zip for a support ticket. The desktop app then offers to show it in its folder; the web
 * host, which cannot show files on the operator's screen, hands it over as a download right away.
 */
export function DiagnosticsButton() {
  const api = useApi();
  const transport = useConnectionStore((state) => state.appInfo?.transport);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const bundle = await api.diagnostics.create();
      if (transport === 'electron') {
        setOutcome({ bundle });
        return;
      }
      try {
        const { fileName, base64 } = await api.diagnostics.download({ fileName: bundle.fileName });
        downloadZip(fileName, base64);
        setOutcome({ bundle, download: { saved: true } });
      } catch (error) {
        setOutcome({ bundle, download: { saved: false, reason: describeFailure(error).message } });
      }
    } catch (error) {
      reportFailure(error, 'Could not save diagnostics');
    } finally {
      setBusy(false);
    }
  };

  const showInFolder = async (bundle: Bundle) => {
    try {
      const shown = await api.diagnostics.showInFolder({ fileName: bundle.fileName });
      if (!shown.shown) reportFailure(new Error(shown.reason ?? 'This host cannot show files.'), `Could not show ${shown.path}`);
    } catch (error) {
      reportFailure(error, 'Could not show the diagnostics bundle');
    }
  };

  const canShow = outcome !== null && transport === 'electron';
  return (
    <>
      <Button size="small" startIcon={<DiagnosticsIcon fontSize="small" />} disabled={busy} onClick={() => void save()} data-testid="save-diagnostics">
        {busy ? 'Saving diagnostics…' : 'Save diagnostics'}
      </Button>
      <Snackbar key={outcome?.bundle.path} open={outcome !== null} onClose={(_event, reason) => reason !== 'clickaway' && setOutcome(null)} anchorOrigin={{ vertical: 'top', horizontal: 'center' }}>
        <Alert
          severity={outcome?.download?.saved === false ? 'warning' : 'success'}
          variant="filled"
          onClose={() => setOutcome(null)}
          data-testid="diagnostics-result"
          sx={{ maxWidth: 720, wordBreak: 'break-word' }}
          action={
            // An action replaces the Alert's own close button, so it brings one along.
            canShow ? (
              <>
                <Button color="inherit" size="small" onClick={() => void showInFolder(outcome.bundle)} data-testid="diagnostics-show-in-folder">
                  Show in folder
                </Button>
                <IconButton color="inherit" size="small" aria-label="Close" onClick={() => setOutcome(null)}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            ) : undefined
          }
        >
          {outcome ? describe(outcome) : ''}
        </Alert>
      </Snackbar>
    </>
  );
}
