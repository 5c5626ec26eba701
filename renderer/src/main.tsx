import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { startFocusRescue } from './a11y/focus-rescue.js';
import { connectApi } from './api/api.js';
import { ApiContext } from './api/use-api.js';
import { WizardShell } from './components/WizardShell.js';
import { startAutosave } from './store/autosave.js';
import { useConnectionStore } from './store/connection-store.js';
import { startIpcEvents } from './store/ipc-events.js';
import { createWizardTheme } from './theme.js';

// Started once, outside React, so StrictMode's double effects cannot subscribe or load twice.
const api = connectApi((problem) => useConnectionStore.getState().setProblem(problem.message));
startIpcEvents(api);
startAutosave(api);
startFocusRescue();

function App() {
  // noSsr reads the media query during the first render, so a dark OS never flashes a light page.
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const theme = useMemo(() => createWizardTheme(prefersDark ? 'dark' : 'light'), [prefersDark]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <ApiContext value={api}>
        <WizardShell />
      </ApiContext>
    </ThemeProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
