import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { usePlanStore } from '../../store/plan-store.js';

/**
 * Says why a control-plane action cannot run yet (connection incomplete, host key not trusted) and takes the
 * operator to the Flannel step, where both are fixed. Used by every step that talks to the control plane; a second
 * alert on the same page names its button differently, so each button's name stays unique.
 */
export function ConnectionBlockedAlert(props: { reason: string; testId: string; actionLabel?: string }) {
  const setActiveStep = usePlanStore((state) => state.setActiveStep);
  return (
    <Alert
      severity="info"
      data-testid={props.testId}
      sx={{ mt: 1.5 }}
      action={
        <Button color="inherit" size="small" onClick={() => setActiveStep('flannel')} sx={{ whiteSpace: 'nowrap' }}>
          {props.actionLabel ?? 'Go to the Flannel step'}
        </Button>
      }
    >
      {props.reason}
    </Alert>
  );
}
