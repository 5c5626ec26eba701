import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useApi } from '../../api/use-api.js';
import { describeFailure } from '../../store/connection-store.js';

/** "Relaunch as administrator", and what happened when it could not (the web host, a declined UAC prompt). */
function RelaunchButton() {
  const api = useApi();
  const [state, setState] = useState<{ busy: boolean; note?: string }>({ busy: false });
  const relaunch = async () => {
    setState({ busy: true });
    try {
      const answer = await api.app.relaunchElevated();
      setState({
        busy: false,
        note: answer.relaunching
          ? 'Restarting with administrator rights: approve the Windows prompt. This window closes; your plan is saved.'
          : `The app cannot relaunch itself: ${answer.reason ?? 'no reason given'}`,
      });
    } catch (error) {
      setState({ busy: false, note: `Relaunching failed: ${describeFailure(error).message}` });
    }
  };
  return (
    <>
      <Button variant="contained" color="warning" size="small" disabled={state.busy} onClick={() => void relaunch()} data-testid="relaunch-elevated" sx={{ mt: 1 }}>
        Relaunch as administrator
      </Button>
      {state.note && (
        <Typography variant="body2" role="status" data-testid="relaunch-reason" sx={{ mt: 1 }}>
          {state.note}
        </Typography>
      )}
    </>
  );
}

/**
 * Install, join and reset on this machine change services, networks and files, so they need administrator
 * rights; this says so before the operator tries, and shows the main side's own refusal if one came anyway.
 */
export function ElevationAlert(props: { elevated: boolean | undefined; refusal: string | null; local: boolean }) {
  if (props.refusal) {
    return (
      <Alert severity="error" data-testid="not-elevated-error">
        <AlertTitle>Refused: administrator rights needed</AlertTitle>
        <div>{props.refusal}</div>
        {props.local ? <RelaunchButton /> : <div>Log in to the node as a member of its Administrators group.</div>}
      </Alert>
    );
  }
  if (props.elevated !== false) return null;
  return (
    <Alert severity="warning" data-testid="not-elevated">
      <AlertTitle>The app is not running as administrator</AlertTitle>
      Install, join and reset run KubeCluster.ps1 in an elevated PowerShell on this machine (services, HNS networks,
      firewall rules), so they stay disabled until the app has administrator rights. Preflight still runs: it only reads.
      <div>
        <RelaunchButton />
      </div>
    </Alert>
  );
}
