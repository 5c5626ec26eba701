import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { planNameMaxLength, planNameProblem } from '../../../shared/plan/plan-library-schema.js';
import { useApi } from '../api/use-api.js';
import { describeFailure } from '../store/connection-store.js';
import { createAndOpenPlan } from './plan-actions.js';
import { NewPlanIcon } from './plan-icons.js';
import { usePlansSession } from './plans-session.js';

/** A new plan from the guide's defaults, named by the operator and opened at once. */
export function NewPlanForm() {
  const api = useApi();
  const busy = usePlansSession((state) => state.busy);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = planNameProblem(name);
  const shown = failure ?? (tried || name !== '' ? problem : null);

  const submit = async () => {
    setTried(true);
    setFailure(null);
    if (problem) return;
    try {
      await createAndOpenPlan(api, name);
      setName('');
      setTried(false);
    } catch (error) {
      // The name stays in the field, so nothing typed is lost.
      setFailure(describeFailure(error).message);
    }
  };

  return (
    <Stack
      component="form"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'flex-start' } }}
      aria-label="New plan"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label="Name of the new plan"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setFailure(null);
        }}
        error={shown !== null}
        helperText={shown ?? `For example the cluster it is for; at most ${planNameMaxLength} characters.`}
        sx={{ flexGrow: 1 }}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', 'data-testid': 'new-plan-name' } }}
      />
      <Button type="submit" variant="contained" startIcon={<NewPlanIcon />} disabled={busy} sx={{ mt: { sm: 1 }, flexShrink: 0 }} data-testid="create-plan">
        Create and open
      </Button>
    </Stack>
  );
}
