import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { WindowsNodeDraft } from '../../../../shared/plan/plan-schema.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { parsePort } from '../flannel/connection-form.js';
import { remoteNodeFieldLabels, type RemoteNodeCheck, type RemoteNodeField } from './node-targets-check.js';
import { editNode } from './node-targets-model.js';
import { nodeSecretAt, useNodeSecrets } from './node-secrets.js';
import { NodeHostKey } from './NodeHostKey.js';
import { updateNodeTargets } from './update-node-targets.js';

const authChoices: readonly { value: WindowsNodeDraft['authType']; label: string }[] = [
  { value: 'key', label: 'Private key file' },
  { value: 'agent', label: 'SSH agent' },
  { value: 'password', label: 'Password' },
];

/**
 * One remote Windows node: how to reach it and its host key. The password and passphrase live in the session's
 * node secrets, never in the plan. An empty field shows its error only once it has been left.
 */
export function RemoteNodeRow(props: { index: number; node: WindowsNodeDraft; check: RemoteNodeCheck; dialogAllowed: boolean; onRemove: () => void }) {
  const { index, node, check } = props;
  const secret = useNodeSecrets((state) => nodeSecretAt(state.secrets, index));
  const setSecret = useNodeSecrets((state) => state.setSecret);
  const [left, setLeft] = useState<ReadonlySet<RemoteNodeField>>(new Set());
  const edit = <F extends keyof WindowsNodeDraft>(field: F, value: WindowsNodeDraft[F]) => updateNodeTargets((draft) => editNode(draft, index, field, value));

  const field = (name: RemoteNodeField, value: string, onChange: (value: string) => void, helper: ReactNode, extra: { secret?: boolean; numeric?: boolean; flex?: number } = {}) => {
    const error = (value !== '' || left.has(name)) && check.errors[name];
    return (
      <TextField
        id={`remote-node-${name}-${index}`}
        label={remoteNodeFieldLabels[name]}
        type={extra.secret ? 'password' : 'text'}
        value={value}
        error={Boolean(error)}
        helperText={error || helper}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => setLeft((names) => new Set(names).add(name))}
        autoComplete={extra.secret ? 'off' : undefined}
        slotProps={{
          htmlInput: { spellCheck: false, inputMode: extra.numeric ? 'numeric' : 'text', 'data-testid': `remote-node-${name}-${index}` },
          input: { endAdornment: <FieldHelpAdornment id={`remoteNode.${name}`} label={`${remoteNodeFieldLabels[name]} of node ${index + 1}`} /> },
        }}
        sx={{ flex: extra.flex ?? 1 }}
      />
    );
  };

  const title = node.name.trim() || node.host.trim() || 'new node';
  return (
    <Box
      component="section"
      aria-labelledby={`remote-node-title-${index}`}
      data-testid={`remote-node-row-${index}`}
      data-valid={check.target ? 'true' : 'false'}
      sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography id={`remote-node-title-${index}`} variant="subtitle2" component="h5" sx={{ flexGrow: 1 }}>
          Node {index + 1}: {title}
        </Typography>
        <Button size="small" color="error" onClick={props.onRemove} aria-label={`Remove node ${index + 1} (${title})`} data-testid={`remote-node-remove-${index}`}>
          Remove
        </Button>
      </Stack>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {field('name', node.name, (value) => edit('name', value), 'Its Windows host name is a good choice.')}
          {field('host', node.host, (value) => edit('host', value), 'Name or IP address.', { flex: 1.5 })}
          {field('port', node.port, (value) => edit('port', value), 'Usually 22.', { numeric: true, flex: 0.6 })}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {field('username', node.username, (value) => edit('username', value), 'An administrator on the node.')}
          <TextField
            id={`remote-node-authType-${index}`}
            select
            label="Authentication"
            value={node.authType}
            onChange={(event) => edit('authType', authChoices.find((choice) => choice.value === event.target.value)?.value ?? 'key')}
            slotProps={{
              select: { native: true },
              htmlInput: { 'data-testid': `remote-node-authType-${index}` },
              input: { endAdornment: <FieldHelpAdornment id="remoteNode.authType" label={`Authentication of node ${index + 1}`} select /> },
            }}
            sx={{ flex: 1 }}
          >
            {authChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </TextField>
        </Stack>
        {node.authType === 'key' && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            {field('privateKeyPath', node.privateKeyPath, (value) => edit('privateKeyPath', value), 'Full path on this computer.', { flex: 2 })}
            {field('passphrase', secret.passphrase, (value) => setSecret(index, { passphrase: value }), 'Only if the key has one. Never saved.', { secret: true })}
          </Stack>
        )}
        {node.authType === 'password' && field('password', secret.password, (value) => setSecret(index, { password: value }), 'Kept in memory for this session only, never saved.', { secret: true })}
        {node.authType === 'agent' && (
          <Typography variant="body2" color="text.secondary">
            The wizard asks your running SSH agent for the key (add it with <code>ssh-add</code> first).
          </Typography>
        )}
        <NodeHostKey index={index} host={node.host} port={parsePort(node.port)} ready={!check.errors.host && !check.errors.port && node.host.trim() !== ''} dialogAllowed={props.dialogAllowed} />
      </Stack>
    </Box>
  );
}
