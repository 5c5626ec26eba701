import { useEffect } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useApi } from '../api/use-api.js';
import { CloseIcon } from '../components/icons.js';
import { reportFailure } from '../store/connection-store.js';
import { DeletedPlanSnackbar } from './DeletedPlanSnackbar.js';
import { ImportPlanForm } from './ImportPlanForm.js';
import { NewPlanForm } from './NewPlanForm.js';
import { refreshPlans } from './plan-actions.js';
import { settleAutosave } from './plan-switch.js';
import { PlanRow } from './PlanRow.js';
import { usePlansSession } from './plans-session.js';

/** The library of saved plans (one per cluster): the most recently changed first, with new and import below. */
export function PlansDialog() {
  const api = useApi();
  const open = usePlansSession((state) => state.dialogOpen);
  const setOpen = usePlansSession((state) => state.setDialogOpen);
  const plans = usePlansSession((state) => state.plans);
  const currentId = usePlansSession((state) => state.currentId);
  const busy = usePlansSession((state) => state.busy);

  useEffect(() => {
    // After the pending autosave, so the open plan is listed with its latest change.
    if (open) settleAutosave().then(() => refreshPlans(api)).catch((error: unknown) => reportFailure(error, 'Could not list the saved plans'));
  }, [api, open]);

  return (
    <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="plans-dialog-title" maxWidth="md" fullWidth data-testid="plans-dialog">
      <DialogTitle id="plans-dialog-title" sx={{ pr: 7 }}>
        Plans
        <Typography variant="body2" color="text.secondary">
          One plan per cluster. Changes are saved to the open plan as you type.
        </Typography>
        <IconButton aria-label="Close the plans dialog" onClick={() => setOpen(false)} sx={{ position: 'absolute', right: 12, top: 12 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <LinearProgress aria-label="Working on the plans" sx={{ visibility: busy ? 'visible' : 'hidden' }} />
      <DialogContent>
        <Stack spacing={2}>
          <NewPlanForm />
          <Divider />
          <Typography variant="subtitle1" component="h3" id="plans-list-title">
            Saved plans
          </Typography>
          {plans.length === 0 ? (
            <Typography color="text.secondary" data-testid="plans-empty">
              No saved plan yet: the open plan is saved as soon as you change something.
            </Typography>
          ) : (
            <List aria-labelledby="plans-list-title" data-testid="plans-list" disablePadding>
              {plans.map((plan) => (
                <PlanRow key={plan.id} plan={plan} current={plan.id === currentId} />
              ))}
            </List>
          )}
          <Divider />
          <ImportPlanForm />
        </Stack>
      </DialogContent>
      <DeletedPlanSnackbar inDialog />
    </Dialog>
  );
}
