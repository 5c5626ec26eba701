import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

/**
 * The deliberate step after a changed-key warning: typing the host name makes forgetting a decision rather
 * than a reflex click. Forgetting trusts nothing; the next check asks about the new key from scratch.
 */
export function ForgetHostKeyDialog(props: { open: boolean; host: string; target: string; busy: boolean; onForget: () => void; onCancel: () => void }) {
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim() === props.host;
  const close = () => {
    setTyped('');
    props.onCancel();
  };
  return (
    <Dialog open={props.open} onClose={close} aria-labelledby="forget-host-key-title" maxWidth="sm" fullWidth data-testid="forget-host-key-dialog">
      <DialogTitle id="forget-host-key-title">Forget the trusted key of {props.target}?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          Do this only if you know why the key changed, for example because the control plane was reinstalled or its SSH
          keys were regenerated. Afterwards, check the host key again and compare the new fingerprint on the control plane
          before you trust it.
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Type <b>{props.host}</b> to confirm.
        </Typography>
        <TextField
          autoFocus
          label="Host name"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', 'data-testid': 'forget-host-key-confirmation' } }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          color="error"
          disabled={!confirmed || props.busy}
          onClick={() => {
            setTyped('');
            props.onForget();
          }}
          data-testid="confirm-forget-host-key"
        >
          Forget
        </Button>
      </DialogActions>
    </Dialog>
  );
}
