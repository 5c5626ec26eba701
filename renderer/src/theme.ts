import { createTheme, type Theme } from '@mui/material/styles';

/**
 * The status colours, chosen so that each reads at WCAG AA (4.5:1) as small text on the backgrounds the app puts
 * them on (the page, the log's grey, hover tints, dialogs). MUI's defaults do not: light warning and info are
 * near 3:1 on white, and dark error (#f44336) carries white button text at 3.7:1. palette-contrast.test.ts
 * measures every pair.
 */
export const statusColours = {
  light: { error: '#c62828', warning: '#a75000', info: '#026aa7', success: '#1e6b26' },
  dark: { error: '#ff8a80', warning: '#ffa726', info: '#29b6f6', success: '#66bb6a' },
} as const;

export const primaryColours = { light: '#0b5cad', dark: '#6cb4ff' } as const;

/** One theme per OS colour scheme; only the palette differs. */
export function createWizardTheme(mode: 'light' | 'dark'): Theme {
  const status = statusColours[mode];
  const primary = primaryColours[mode];
  return createTheme({
    palette: {
      mode,
      primary: { main: primary },
      error: { main: status.error },
      warning: { main: status.warning },
      info: { main: status.info },
      success: { main: status.success },
      // A contained button's hover fill is its colour's `dark` shade, under dark text in the dark theme: MUI's default
      // 30% darkening drops that below AA, 15% keeps it above.
      tonalOffset: mode === 'dark' ? { light: 0.2, dark: 0.15 } : 0.2,
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      // The title bar is sticky: a control focused by Tab or script scrolls into view below it, not under it.
      MuiCssBaseline: { styleOverrides: { html: { scrollPaddingTop: 80 } } },
      MuiTextField: { defaultProps: { fullWidth: true, size: 'small' } },
      // MUI marks keyboard focus on buttons, steps, tabs, checkboxes and list rows only with a faint ripple;
      // a solid outline is visible on every background, in both themes.
      MuiButtonBase: {
        styleOverrides: {
          root: { '&.Mui-focusVisible': { outline: `2px solid ${primary}`, outlineOffset: 2 } },
        },
      },
    },
  });
}

/** For log output and anything the operator may copy into a terminal. */
export const monospaceFont = 'ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace';
