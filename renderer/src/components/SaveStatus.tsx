import Typography from '@mui/material/Typography';
import { usePlanStore, type SaveStatus as Status } from '../store/plan-store.js';

function describe(status: Status): { text: string; title: string } {
  switch (status.kind) {
    case 'loading':
      return { text: 'Loading…', title: 'Reading the saved plan' };
    case 'new':
      return { text: 'Not saved yet', title: 'A new plan; it is saved as soon as you change something' };
    case 'saving':
      return { text: 'Saving…', title: 'Your changes are being saved' };
    case 'saved':
      return {
        text: 'Saved',
        title: status.savedAt ? `Saved at ${new Date(status.savedAt).toLocaleTimeString()}` : 'The plan is saved',
      };
    case 'error':
      return { text: `Not saved: ${status.message}`, title: 'Your typed values are kept; the next change tries again' };
  }
}

/** Whether the plan on screen is on disk; a failed save says why, and nothing typed is discarded. */
export function SaveStatus() {
  const status = usePlanStore((state) => state.saveStatus);
  const { text, title } = describe(status);
  return (
    <Typography
      variant="body2"
      role="status"
      title={title}
      data-testid="save-status"
      data-kind={status.kind}
      noWrap
      sx={{
        maxWidth: 420,
        px: 1,
        borderRadius: 1,
        ...(status.kind === 'error' && { bgcolor: 'error.main', color: 'error.contrastText', fontWeight: 500 }),
      }}
    >
      {text}
    </Typography>
  );
}
