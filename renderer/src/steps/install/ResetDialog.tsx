import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';

function ResetContent(props: { targets: readonly string[]; effects: readonly string[]; onConfirm: () => void; onCancel: () => void }) {
  const [understood, setUnderstood] = useState(false);
  const many = props.targets.length > 1;
  return (
    <>
      <DialogTitle id="reset-dialog-title">Reset {many ? `${props.targets.length} nodes` : props.targets[0]}?</DialogTitle>
      <DialogContent>
        {many && (
          <>
            <Typography variant="body2">On each of these nodes:</Typography>
            <Box component="ul" data-testid="reset-targets" sx={{ mt: 0.5, typography: 'body2' }}>
              {props.targets.map((target) => (
                <li key={target}>{target}</li>
              ))}
            </Box>
          </>
        )}
        <Typography variant="body2">
          <code>KubeCluster.ps1 -reset</code> does the following, in this order. It cannot be undone; install and join again
          afterwards.
        </Typography>
        <Box component="ol" data-testid="reset-effects" sx={{ typography: 'body2', pl: 3, '& li': { mb: 0.5 } }}>
          {props.effects.map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </Box>
        <FormControlLabel
          control={<Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)} slotProps={{ input: { 'data-testid': 'reset-confirm-checkbox' } as object }} />}
          label={many ? 'I understand that this removes these nodes from the cluster and deletes the above on each.' : 'I understand that this removes the node from the cluster and deletes the above.'}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button variant="contained" color="error" disabled={!understood} onClick={props.onConfirm} data-testid="reset-confirm">
          {many ? `Reset ${props.targets.length} nodes` : 'Reset node'}
        </Button>
      </DialogActions>
    </>
  );
}

/**
 * The confirmation before -reset: exactly what it deletes (resetEffects), on which nodes, and an explicit
 * checkbox before the button is enabled. Each opening remounts the content, so the box starts unticked every time.
 */
export function ResetDialog(props: { open: boolean; targets: readonly string[]; effects: readonly string[]; onConfirm: () => void; onCancel: () => void }) {
  const [round, setRound] = useState(0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setRound((value) => value + 1);
  }
  return (
    <Dialog open={props.open} onClose={props.onCancel} aria-labelledby="reset-dialog-title" maxWidth="sm" fullWidth data-testid="reset-dialog">
      <ResetContent key={round} targets={props.targets} effects={props.effects} onConfirm={props.onConfirm} onCancel={props.onCancel} />
    </Dialog>
  );
}
