import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { checkResetNodeName } from './reset-node-name.js';

/** containerd + kubeadm asks which node object to delete: the name offered, and whether the control plane can be reached. */
export interface ResetNodeNameField {
  initial: string;
  canDelete: boolean;
}

export interface ResetDialogProps {
  open: boolean;
  targets: readonly string[];
  /** What the reset deletes; a function of the typed node name when the dialog asks for one. */
  effects: readonly string[] | ((nodeName: string | undefined) => readonly string[]);
  /** What runs, before the list; `KubeCluster.ps1 -reset` when not given. */
  command?: ReactNode;
  nodeName?: ResetNodeNameField | undefined;
  onConfirm: (nodeName: string | undefined) => void;
  onCancel: () => void;
}

function ResetContent(props: Omit<ResetDialogProps, 'open'>) {
  const [understood, setUnderstood] = useState(false);
  const [typed, setTyped] = useState(props.nodeName?.initial ?? '');
  const checked = checkResetNodeName(typed);
  const effects = typeof props.effects === 'function' ? props.effects(checked.name) : props.effects;
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
        {props.nodeName && (
          <TextField
            id="reset-node-name"
            label="Node name in the cluster"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            error={checked.error !== undefined}
            helperText={
              checked.error ??
              (props.nodeName.canDelete
                ? 'Deleted from the cluster with kubectl delete node after the reset. Leave it empty to keep the node object.'
                : 'Not deleted: the control-plane connection is not usable (see the Flannel step). Delete it later with kubectl delete node.')
            }
            fullWidth
            size="small"
            slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'reset-node-name' } }}
            sx={{ mt: 1, mb: 2 }}
          />
        )}
        <Typography variant="body2">
          {props.command ?? <code>KubeCluster.ps1 -reset</code>} does the following, in this order. It cannot be undone; install
          and join again afterwards.
        </Typography>
        <Box component="ol" data-testid="reset-effects" sx={{ typography: 'body2', pl: 3, '& li': { mb: 0.5 } }}>
          {effects.map((effect) => (
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
        <Button variant="contained" color="error" disabled={!understood || checked.error !== undefined} onClick={() => props.onConfirm(checked.name)} data-testid="reset-confirm">
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
export function ResetDialog(props: ResetDialogProps) {
  const [round, setRound] = useState(0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setRound((value) => value + 1);
  }
  return (
    <Dialog open={props.open} onClose={props.onCancel} aria-labelledby="reset-dialog-title" maxWidth="sm" fullWidth data-testid="reset-dialog">
      <ResetContent key={round} targets={props.targets} effects={props.effects} command={props.command} nodeName={props.nodeName} onConfirm={props.onConfirm} onCancel={props.onCancel} />
    </Dialog>
  );
}
