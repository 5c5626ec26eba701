import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { exportPassphraseMinLength } from '../../../shared/plan/plan-export-format.js';
import type { PlanSummary } from '../../../shared/plan/plan-library-schema.js';
import { useApi } from '../api/use-api.js';
import { describeFailure } from '../store/connection-store.js';
import { exportPlan } from './plan-actions.js';
import { ExportPlanIcon } from './plan-icons.js';
import { usePlansSession } from './plans-session.js';

function passphraseProblems(passphrase: string, repeated: string): { passphrase: string | null; repeated: string | null } {
  return {
    passphrase: passphrase.length < exportPassphraseMinLength ? `Use at least ${exportPassphraseMinLength} characters; the secrets are only as safe as this passphrase.` : null,
    repeated: repeated !== passphrase ? 'The two passphrases differ: type the same one twice.' : null,
  };
}

/** The export form; mounted afresh for each plan, so a passphrase never lingers from one export to the next. */
function ExportForm({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const api = useApi();
  const busy = usePlansSession((state) => state.busy);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = includeSecrets ? passphraseProblems(passphrase, repeated) : { passphrase: null, repeated: null };
  const shown = tried ? problems : { passphrase: null, repeated: null };

  const submit = async () => {
    setTried(true);
    setFailure(null);
    if (problems.passphrase || problems.repeated) return;
    try {
      await exportPlan(api, plan, includeSecrets ? passphrase : null);
      onClose();
    } catch (error) {
      setFailure(describeFailure(error).message);
    }
  };

  return (
    <form
      aria-labelledby="export-plan-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DialogTitle id="export-plan-title">Export “{plan.name}”</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">
            The file holds every field of the plan. The kubeadm token and CA hash stay out of it unless you include them; then they are encrypted with a passphrase you choose, and
            importing the file asks for it.
          </Typography>
          <FormControlLabel
            control={<Checkbox checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />}
            label="Include secrets (encrypted)"
            data-testid="export-include-secrets"
          />
          {includeSecrets && (
            <>
              <TextField
                type="password"
                label="Passphrase"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
                error={shown.passphrase !== null}
                helperText={shown.passphrase ?? `At least ${exportPassphraseMinLength} characters. It is not stored anywhere: keep it to import the file.`}
                slotProps={{ htmlInput: { autoComplete: 'new-password', 'data-testid': 'export-passphrase' } }}
              />
              <TextField
                type="password"
                label="Passphrase again"
                value={repeated}
                onChange={(event) => setRepeated(event.target.value)}
                error={shown.repeated !== null}
                helperText={shown.repeated ?? ' '}
                slotProps={{ htmlInput: { autoComplete: 'new-password', 'data-testid': 'export-passphrase-repeat' } }}
              />
            </>
          )}
          {failure && (
            <Alert severity="error" data-testid="export-failure">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" startIcon={<ExportPlanIcon />} disabled={busy} data-testid="export-plan-submit">
          Export
        </Button>
      </DialogActions>
    </form>
  );
}

export function ExportPlanDialog() {
  const plan = usePlansSession((state) => state.exporting);
  const setExporting = usePlansSession((state) => state.setExporting);
  const close = () => setExporting(null);
  return (
    <Dialog open={plan !== null} onClose={close} aria-labelledby="export-plan-title" maxWidth="sm" fullWidth data-testid="export-plan-dialog">
      {plan && <ExportForm key={plan.id} plan={plan} onClose={close} />}
    </Dialog>
  );
}
