import AppBar from '@mui/material/AppBar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { selectRunningCount, useJobsStore } from '../store/jobs-store.js';
import { PlansButton } from '../plans/PlansButton.js';
import { usePlanStore } from '../store/plan-store.js';
import { PrintSummaryButton } from '../summary/PrintSummaryButton.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { FailureSnackbar } from './FailureSnackbar.js';
import { LogIcon } from './icons.js';
import { LogDrawer, logDrawerHeight, logDrawerId, logDrawerToggleId } from './LogDrawer.js';
import { SaveStatus } from './SaveStatus.js';
import { WizardSteps } from './WizardSteps.js';

/** The frame around the wizard: title bar, connection banner, the steps, the log drawer, failure notices. */
export function WizardShell() {
  const loaded = usePlanStore((state) => state.loaded);
  const drawerOpen = useJobsStore((state) => state.drawerOpen);
  const setDrawerOpen = useJobsStore((state) => state.setDrawerOpen);
  const running = useJobsStore(selectRunningCount);

  return (
    <Box sx={{ minHeight: '100vh' }}>
      <AppBar position="sticky">
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ flexGrow: 1 }}>
            Windows Node Wizard
          </Typography>
          <PlansButton />
          <SaveStatus />
          <PrintSummaryButton />
          <Badge badgeContent={running} color="secondary" overlap="rectangular" data-testid="running-jobs">
            <Button
              color="inherit"
              variant="outlined"
              startIcon={<LogIcon />}
              id={logDrawerToggleId}
              aria-controls={logDrawerId}
              aria-pressed={drawerOpen}
              aria-label={`Logs${running > 0 ? ` (${running} running)` : ''}`}
              onClick={() => setDrawerOpen(!drawerOpen)}
              data-testid="log-drawer-toggle"
            >
              Logs
            </Button>
          </Badge>
        </Toolbar>
      </AppBar>
      <ConnectionBanner />
      {/* Room below the content for the open drawer, so its last fields and buttons stay reachable. */}
      <Container component="main" maxWidth="md" sx={{ pt: 3, pb: drawerOpen ? `calc(${logDrawerHeight} + 24px)` : 3 }}>
        {loaded ? (
          <WizardSteps />
        ) : (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', py: 6, justifyContent: 'center' }}>
            <CircularProgress size={24} aria-label="Loading the plan" />
            <Typography color="text.secondary">Loading your plan…</Typography>
          </Stack>
        )}
      </Container>
      <LogDrawer />
      <FailureSnackbar />
    </Box>
  );
}
