import { useState, type ReactNode } from 'react';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ControlPlaneDraft } from '../../../../shared/plan/plan-schema.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import type { ConnectionCheck, ConnectionField } from './connection-form.js';
import { KeyGeneration } from './KeyGeneration.js';
import { connectionFieldLabels } from './run-readiness.js';

const authChoices: readonly { value: ControlPlaneDraft['authType']; label: string }[] = [
  { value: 'key', label: 'Private key file' },
  { value: 'agent', label: 'SSH agent' },
  { value: 'password', label: 'Password' },
];

/**
 * How to reach the control plane. Host, port, user, the auth choice and the key path are saved with the plan;
 * the password and passphrase live in the session-only secrets store. An empty field shows its error only
 * once it has been left, so a fresh form is not red all over.
 */
export function ConnectionPanel(props: { check: ConnectionCheck }) {
  const draft = usePlanStore((state) => state.plan.controlPlane);
  const setField = usePlanStore((state) => state.setControlPlaneField);
  const secrets = useSecretsStore();
  const [left, setLeft] = useState<ReadonlySet<ConnectionField>>(new Set());

  const field = (name: ConnectionField, value: string, onChange: (value: string) => void, helper: ReactNode, extra: { password?: boolean; numeric?: boolean; sx?: object } = {}) => {
    const error = (value !== '' || left.has(name)) && props.check.errors[name];
    return (
      <TextField
        id={`controlPlane-${name}`}
        label={connectionFieldLabels[name]}
        type={extra.password ? 'password' : 'text'}
        value={value}
        error={Boolean(error)}
        helperText={error || helper}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => setLeft((names) => new Set(names).add(name))}
        autoComplete={extra.password ? 'off' : undefined}
        slotProps={{
          htmlInput: { spellCheck: false, inputMode: extra.numeric ? 'numeric' : 'text' },
          input: { endAdornment: <FieldHelpAdornment id={`controlPlane.${name}`} label={connectionFieldLabels[name]} /> },
        }}
        sx={extra.sx}
      />
    );
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="flannel-connection-title" sx={{ p: 2 }}>
      <Typography id="flannel-connection-title" variant="subtitle1" component="h3">
        Control-plane connection
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        The wizard connects to the Linux control plane over SSH to deploy flannel and prepare it for Windows nodes.
      </Typography>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {field('host', draft.host, (value) => setField('host', value), 'Name or IP address of the Linux control-plane node.', { sx: { flex: 3 } })}
          {field('port', draft.port, (value) => setField('port', value), 'Usually 22.', { numeric: true, sx: { flex: 1, minWidth: 110 } })}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {field('username', draft.username, (value) => setField('username', value), 'Needs sudo (or root) to run kubectl and sysctl there.', { sx: { flex: 1 } })}
          <TextField
            id="controlPlane-authType"
            select
            label="Authentication"
            value={draft.authType}
            onChange={(event) => setField('authType', event.target.value as ControlPlaneDraft['authType'])}
            helperText="How the wizard proves it may log in."
            slotProps={{ select: { native: true }, input: { endAdornment: <FieldHelpAdornment id="controlPlane.authType" select /> } }}
            sx={{ flex: 1 }}
          >
            {authChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </TextField>
        </Stack>
        {draft.authType === 'key' && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            {field('privateKeyPath', draft.privateKeyPath, (value) => setField('privateKeyPath', value), 'Full path on this computer, e.g. C:\\Users\\you\\.ssh\\id_ed25519.', { sx: { flex: 2 } })}
            {field('passphrase', secrets.passphrase, secrets.setPassphrase, 'Only if the key has one. Never saved.', { password: true, sx: { flex: 1 } })}
          </Stack>
        )}
        {draft.authType === 'password' && field('password', secrets.password, secrets.setPassword, 'Kept in memory for this session only, never saved.', { password: true })}
        {draft.authType === 'agent' && (
          <Typography variant="body2" color="text.secondary">
            The wizard asks your running SSH agent for the key: Windows’ OpenSSH agent service, or the agent named by <code>SSH_AUTH_SOCK</code>. Add the key to it first (<code>ssh-add</code>).
          </Typography>
        )}
        <Divider />
        <KeyGeneration />
      </Stack>
    </Paper>
  );
}
