import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { usePlanStore } from '../store/plan-store.js';
import { DeletedPlanSnackbar } from './DeletedPlanSnackbar.js';
import { ExportPlanDialog } from './ExportPlanDialog.js';
import { PlansIcon } from './plan-icons.js';
import { PlansDialog } from './PlansDialog.js';
import { usePlansSession } from './plans-session.js';

/** The open plan's name in the app bar, and the button to the plans library (with its dialogs and the undo snackbar). */
export function PlansButton() {
  const name = usePlanStore((state) => state.plan.name);
  const loaded = usePlanStore((state) => state.loaded);
  const dialogOpen = usePlansSession((state) => state.dialogOpen);
  const setDialogOpen = usePlansSession((state) => state.setDialogOpen);
  return (
    <>
      <Typography variant="body1" noWrap title={`Open plan: ${name}`} data-testid="current-plan-name" sx={{ maxWidth: 260, fontWeight: 500 }}>
        {loaded ? name : ''}
      </Typography>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<PlansIcon />}
        disabled={!loaded}
        aria-haspopup="dialog"
        aria-expanded={dialogOpen}
        aria-label={`Plans (open plan: ${name})`}
        onClick={() => setDialogOpen(true)}
        data-testid="plans-button"
      >
        Plans
      </Button>
      <PlansDialog />
      <ExportPlanDialog />
      <DeletedPlanSnackbar inDialog={false} />
    </>
  );
}
