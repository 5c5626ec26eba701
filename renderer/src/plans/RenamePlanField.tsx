import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { planNameProblem, type PlanSummary } from '../../../shared/plan/plan-library-schema.js';
import { useApi } from '../api/use-api.js';
import { describeFailure } from '../store/connection-store.js';
import { renamePlan } from './plan-actions.js';
import { usePlansSession } from './plans-session.js';

/** Renames a plan in place: Enter saves, Escape cancels (without closing the dialog), the rules are checked as you type. */
export function RenamePlanField({ plan, onDone }: { plan: PlanSummary; onDone: () => void }) {
  const api = useApi();
  const busy = usePlansSession((state) => state.busy);
  const [name, setName] = useState(plan.name);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = failure ?? planNameProblem(name);

  const save = async () => {
    if (planNameProblem(name)) return;
    if (name.trim() === plan.name) return onDone();
    try {
      await renamePlan(api, plan, name);
      onDone();
    } catch (error) {
      setFailure(describeFailure(error).message);
    }
  };

  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start' }}
      aria-label={`Rename ${plan.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        autoFocus
        size="small"
        label="Plan name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setFailure(null);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape leaves the rename, not the whole dialog.
          event.stopPropagation();
          onDone();
        }}
        error={shown !== null}
        helperText={shown ?? 'Enter to save, Escape to cancel'}
        sx={{ flexGrow: 1 }}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', 'data-testid': 'plan-rename-input' } }}
      />
      <Button type="submit" variant="contained" size="small" disabled={busy || shown !== null} sx={{ mt: 0.5 }} data-testid="plan-rename-save">
        Save
      </Button>
      <Button size="small" onClick={onDone} sx={{ mt: 0.5 }}>
        Cancel
      </Button>
    </Stack>
  );
}
