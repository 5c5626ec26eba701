import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { exportHoldsSecrets } from '../../../shared/plan/plan-export-format.js';
import { useApi } from '../api/use-api.js';
import { describeFailure } from '../store/connection-store.js';
import { importPlan } from './plan-actions.js';
import { ImportPlanIcon } from './plan-icons.js';

/** A file chosen for import, kept until it is imported or dropped, so a wrong passphrase can simply be typed again. */
interface Chosen {
  fileName: string;
  text: string;
  needsPassphrase: boolean;
}

type Outcome = { severity: 'success' | 'error'; text: string; field?: string };

/** Imports an exported plan as a new entry (its name marked "(imported)" if taken); asks for the passphrase only if the file has secrets. */
export function ImportPlanForm() {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [working, setWorking] = useState(false);

  const runImport = async (file: Chosen, typed: string | null) => {
    setWorking(true);
    setOutcome(null);
    try {
      const imported = await importPlan(api, file.text, typed);
      setChosen(null);
      setPassphrase('');
      setOutcome({ severity: 'success', text: `Imported ${file.fileName} as “${imported.name}”. Open it from the list above.` });
    } catch (error) {
      const failure = describeFailure(error);
      const field = typeof error === 'object' && error !== null && 'field' in error && typeof error.field === 'string' ? error.field : undefined;
      setOutcome({ severity: 'error', text: failure.message, ...(field ? { field } : {}) });
    } finally {
      setWorking(false);
    }
  };

  const choose = async (file: File) => {
    const text = await file.text();
    const next = { fileName: file.name, text, needsPassphrase: exportHoldsSecrets(text) };
    setChosen(next);
    setPassphrase('');
    setOutcome(null);
    if (!next.needsPassphrase) await runImport(next, null);
  };

  const passphraseError = outcome?.severity === 'error' && outcome.field === 'passphrase' ? outcome.text : null;
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="import-plan-title">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography id="import-plan-title" variant="subtitle1" component="h3">
            Import a plan
          </Typography>
          <Typography variant="body2" color="text.secondary">
            A file exported from this wizard (*.wnw-plan.json) becomes a new plan beside the others.
          </Typography>
        </Stack>
        <Button variant="outlined" startIcon={<ImportPlanIcon />} disabled={working} onClick={() => input.current?.click()} sx={{ flexShrink: 0 }} data-testid="import-plan-choose">
          Import plan file…
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,application/json"
          aria-label="Plan file to import"
          data-testid="import-plan-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </Stack>
      {chosen?.needsPassphrase && (
        <Stack
          component="form"
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'flex-start' } }}
          aria-label={`Passphrase for ${chosen.fileName}`}
          onSubmit={(event) => {
            event.preventDefault();
            void runImport(chosen, passphrase);
          }}
        >
          <TextField
            type="password"
            label={`Passphrase of ${chosen.fileName}`}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            error={passphraseError !== null}
            helperText={passphraseError ?? 'The file carries encrypted secrets: enter the passphrase it was exported with.'}
            sx={{ flexGrow: 1 }}
            slotProps={{ htmlInput: { autoComplete: 'off', 'data-testid': 'import-passphrase' } }}
          />
          <Button type="submit" variant="contained" disabled={working || passphrase === ''} sx={{ mt: { sm: 1 } }} data-testid="import-plan-submit">
            Import
          </Button>
          <Button sx={{ mt: { sm: 1 } }} onClick={() => (setChosen(null), setPassphrase(''), setOutcome(null))}>
            Cancel
          </Button>
        </Stack>
      )}
      {outcome && passphraseError === null && (
        <Alert severity={outcome.severity} onClose={() => setOutcome(null)} data-testid="import-plan-outcome">
          {outcome.text}
        </Alert>
      )}
    </Stack>
  );
}
