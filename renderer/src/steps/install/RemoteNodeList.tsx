import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFlannelSession, hostKeyTarget } from '../flannel/flannel-session.js';
import { parsePort } from '../flannel/connection-form.js';
import { useInstallSession } from './install-session.js';
import type { NodeContext } from './node-context.js';
import { MAX_CONCURRENCY } from './node-targets-check.js';
import { addNode, removeNode } from './node-targets-model.js';
import { useNodeSecrets } from './node-secrets.js';
import { RemoteNodeRow } from './RemoteNodeRow.js';
import { updateNodeTargets } from './update-node-targets.js';

/**
 * The remote Windows nodes, one editable row each, and how many may run at once. Only the first node whose host
 * key waits for a decision shows the trust dialog, so several new nodes never stack dialogs.
 */
export function RemoteNodeList(props: { context: NodeContext }) {
  const { targets, check } = props.context;
  const hostKeys = useFlannelSession((state) => state.hostKeys);
  const [concurrencyLeft, setConcurrencyLeft] = useState(false);
  const firstUndecided = targets.nodes.findIndex((node) => hostKeys[hostKeyTarget(node.host, parsePort(node.port))]?.status === 'unknown');
  const concurrencyError = (targets.concurrency !== '' || concurrencyLeft) && check.errors.concurrency;

  const remove = (index: number) => {
    updateNodeTargets((draft) => removeNode(draft, index));
    useNodeSecrets.getState().removeRow(index);
    useInstallSession.getState().removeRow(index);
  };

  return (
    <Stack component="section" aria-labelledby="remote-nodes-title" spacing={2}>
      <Typography id="remote-nodes-title" variant="subtitle2" component="h4">
        Remote nodes ({targets.nodes.length})
      </Typography>
      {targets.nodes.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No nodes yet. Add each Windows node the wizard should reach over SSH; its OpenSSH server must be running.
        </Typography>
      )}
      {targets.nodes.map((node, index) => (
        <RemoteNodeRow
          key={index}
          index={index}
          node={node}
          check={check.nodes[index] ?? { target: undefined, errors: {} }}
          dialogAllowed={firstUndecided === -1 || firstUndecided === index}
          onRemove={() => remove(index)}
        />
      ))}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <Button variant="outlined" onClick={() => updateNodeTargets(addNode)} disabled={targets.nodes.length >= 64} data-testid="add-remote-node" sx={{ flexShrink: 0 }}>
          Add a node
        </Button>
        <TextField
          id="node-concurrency"
          label="Nodes at once"
          value={targets.concurrency}
          onChange={(event) => updateNodeTargets((draft) => ({ ...draft, concurrency: event.target.value }))}
          onBlur={() => setConcurrencyLeft(true)}
          error={Boolean(concurrencyError)}
          helperText={concurrencyError || `1 to ${MAX_CONCURRENCY}. More selected nodes wait, queued, for a free slot.`}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'node-concurrency' } }}
          sx={{ maxWidth: 260 }}
        />
      </Stack>
    </Stack>
  );
}
