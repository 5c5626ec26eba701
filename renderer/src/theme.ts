import { createTheme, type Theme } from '@mui/material/styles';

/** One theme per OS colour scheme; only the palette differs. */
export function createWizardTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'dark' ? '#6cb4ff' : '#0b5cad' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      MuiTextField: { defaultProps: { fullWidth: true, size: 'small' } },
    },
  });
}

/** For log output and anything the operator may copy into a terminal. */
export const monospaceFont = 'ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace';
