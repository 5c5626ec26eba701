import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useConnectionStore } from '../store/connection-store.js';

/** Shown when the main side cannot be reached: nothing the wizard does will work until it can. */
export function ConnectionBanner() {
  const problem = useConnectionStore((state) => state.problem);
  if (!problem) return null;
  return (
    <Alert severity="error" variant="filled" square data-testid="connection-banner">
      <AlertTitle>Not connected</AlertTitle>
      {problem}
    </Alert>
  );
}
