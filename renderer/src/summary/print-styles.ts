/**
 * While the summary is open, printing shows it alone: everything else on the page (the wizard, its app bar, the
 * log drawer, the dialog's own toolbar and backdrop) is hidden, and the full-screen dialog flows as a normal page
 * on white paper, dark theme or not. The margins fit A4 and Letter alike; the browser's paper choice applies.
 */
export const printRootClass = 'wnw-print-summary';
export const printSheetClass = 'wnw-print-sheet';

const root = `.${printRootClass}`;

export const printStyles = {
  '@page': { margin: '12mm' },
  '@media print': {
    [`body > *:not(${root})`]: { display: 'none !important' },
    [`${root} .MuiBackdrop-root, ${root} [data-print="hide"]`]: { display: 'none !important' },
    [`${root}, ${root} .MuiDialog-container, ${root} .MuiDialog-paper, ${root} .MuiDialogContent-root, .${printSheetClass}`]: {
      position: 'static !important',
      display: 'block !important',
      overflow: 'visible !important',
      height: 'auto !important',
      maxHeight: 'none !important',
      maxWidth: 'none !important',
      margin: '0 !important',
      padding: '0 !important',
      border: '0 !important',
      boxShadow: 'none !important',
      background: '#fff !important',
    },
    'html, body': { background: '#fff !important', overflow: 'visible !important', padding: '0 !important' },
    // Paper sizes: about 9 pt text in the tables, so the whole plan fits one A4 or Letter page.
    [`.${printSheetClass} table`]: { fontSize: '8.5pt !important' },
    [`.${printSheetClass} th, .${printSheetClass} td`]: { paddingTop: '0.5pt !important', paddingBottom: '0.5pt !important' },
    [`.${printSheetClass} h2`]: { fontSize: '13pt !important' },
    [`.${printSheetClass} h3`]: { fontSize: '10pt !important' },
    [`.${printSheetClass} .MuiAlert-root`]: { fontSize: '8.5pt !important' },
  },
} as const;
