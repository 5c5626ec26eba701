import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useApi } from '../api/use-api.js';
import { undoDeletePlan } from './plan-actions.js';
import { usePlansSession } from './plans-session.js';

/**
 * "Deleted X — Undo": the plan waits in the trash, so undo brings it back whole. While the plans dialog is open the
 * snackbar is rendered inside it: outside, the modal would keep the mouse and the keyboard from reaching "Undo".
 */
export function DeletedPlanSnackbar({ inDialog }: { inDialog: boolean }) {
  const api = useApi();
  const deleted = usePlansSession((state) => state.deleted);
  const setDeleted = usePlansSession((state) => state.setDeleted);
  const dialogOpen = usePlansSession((state) => state.dialogOpen);
  return (
    <Snackbar
      key={deleted?.key}
      open={deleted !== null && dialogOpen === inDialog}
      autoHideDuration={10_000}
      onClose={(_event, reason) => reason !== 'clickaway' && setDeleted(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      message={deleted && <span data-testid="plan-deleted">Deleted “{deleted.plan.name}”</span>}
      action={
        deleted && (
          <Button color="inherit" size="small" sx={{ fontWeight: 700 }} onClick={() => void undoDeletePlan(api, deleted.plan)} data-testid="plan-undo-delete">
            Undo
          </Button>
        )
      }
    />
  );
}
