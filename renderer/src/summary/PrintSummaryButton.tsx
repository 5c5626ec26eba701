import { useState } from 'react';
import Button from '@mui/material/Button';
import { usePlanStore } from '../store/plan-store.js';
import { PrintSummaryDialog } from './PrintSummaryDialog.js';
import { PrintIcon } from './summary-icons.js';

/** The app bar's way to the printable one-page summary of the plan. */
export function PrintSummaryButton() {
  const loaded = usePlanStore((state) => state.loaded);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="inherit" variant="outlined" startIcon={<PrintIcon />} disabled={!loaded} onClick={() => setOpen(true)} data-testid="print-summary">
        Print summary
      </Button>
      {open && <PrintSummaryDialog onClose={() => setOpen(false)} />}
    </>
  );
}
