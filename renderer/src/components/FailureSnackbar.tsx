import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useConnectionStore } from '../store/connection-store.js';

/** The last call that failed, with the main side's own message; it stays until dismissed. */
export function FailureSnackbar() {
  const failure = useConnectionStore((state) => state.lastFailure);
  const dismiss = useConnectionStore((state) => state.dismissFailure);
  return (
    <Snackbar
      key={failure?.id}
      open={failure !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert severity="error" variant="filled" onClose={dismiss} data-testid="call-failure" sx={{ maxWidth: 640 }}>
        {failure?.message}
        {failure?.code ? ` (${failure.code})` : ''}
      </Alert>
    </Snackbar>
  );
}
