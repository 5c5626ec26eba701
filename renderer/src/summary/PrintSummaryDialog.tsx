import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { ThemeProvider } from '@mui/material/styles';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { CloseIcon } from '../components/icons.js';
import { usePlanStore } from '../store/plan-store.js';
import { createWizardTheme } from '../theme.js';
import { summarizePlan } from './plan-summary.js';
import { printRootClass, printSheetClass, printStyles } from './print-styles.js';
import { PrintIcon } from './summary-icons.js';
import { SummarySheet } from './SummarySheet.js';

/** The sheet is paper: always the light palette, whatever the OS theme. */
const paperTheme = createWizardTheme('light');

/**
 * The one-page summary as a full-screen view with Print and Close. It reads the plan live, so an edit made
 * elsewhere shows at once; the date is when the view was opened.
 */
export function PrintSummaryDialog(props: { onClose: () => void }) {
  const plan = usePlanStore((state) => state.plan);
  const [openedAt] = useState(() => new Date());
  const summary = useMemo(() => summarizePlan(plan, openedAt), [plan, openedAt]);
  return (
    <Dialog fullScreen open onClose={props.onClose} className={printRootClass} aria-labelledby="summary-title" data-testid="print-summary-view">
      <GlobalStyles styles={printStyles} />
      <Toolbar data-print="hide" sx={{ gap: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
          Plan summary
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', md: 'block' } }}>
          One page, for a change request; choose “Save as PDF” in the print dialog for a file.
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-summary-print">
            Print
          </Button>
          <Button variant="outlined" startIcon={<CloseIcon />} onClick={props.onClose} data-testid="print-summary-close">
            Close
          </Button>
        </Stack>
      </Toolbar>
      {/* Focusable, so the page scrolls from the keyboard too. */}
      <DialogContent tabIndex={0} role="region" aria-labelledby="summary-title" sx={{ bgcolor: 'action.hover' }}>
        <ThemeProvider theme={paperTheme}>
          <Paper className={printSheetClass} elevation={2} sx={{ maxWidth: '210mm', mx: 'auto', p: '12mm', bgcolor: '#fff' }}>
            <SummarySheet summary={summary} />
          </Paper>
        </ThemeProvider>
      </DialogContent>
    </Dialog>
  );
}
