import { useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useApi } from '../api/use-api.js';
import { CloseIcon } from '../components/icons.js';
import { reportFailure } from '../store/connection-store.js';
import { usePlanStore } from '../store/plan-store.js';

/** The networks that already exist where the cluster lives; the plan's ranges must not overlap them. */
export function ExistingNetworks() {
  const api = useApi();
  const networks = usePlanStore((state) => state.plan.ipPlan.existingNetworks);
  const { setExistingNetwork, addExistingNetworks, removeExistingNetwork } = usePlanStore.getState();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');

  const addHostNetworks = async () => {
    setBusy(true);
    setOutcome('');
    try {
      const found = await api.host.networks();
      const listed = new Set(usePlanStore.getState().plan.ipPlan.existingNetworks.map((network) => network.trim()));
      const fresh = [...new Set(found.filter((network) => !network.internal).map((network) => network.cidr))].filter(
        (cidr) => !listed.has(cidr),
      );
      addExistingNetworks(fresh);
      setOutcome(fresh.length === 0 ? 'No new networks found on this machine.' : `Added ${fresh.join(', ')}.`);
    } catch (error) {
      reportFailure(error, "Could not read this machine's networks");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1.5} component="section" aria-labelledby="existing-networks-title">
      <Typography id="existing-networks-title" variant="subtitle1" component="h3">
        Existing networks
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Networks already in use around the cluster (nodes, VPN, Docker, the office LAN), as CIDRs such as
        192.168.1.0/24. The pod and service ranges must not overlap any of them.
      </Typography>
      {networks.map((network, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            id={`existing-network-${index}`}
            label={`Existing network ${index + 1}`}
            value={network}
            onChange={(event) => setExistingNetwork(index, event.target.value)}
            slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'existing-network' } }}
          />
          <IconButton aria-label={`Remove existing network ${index + 1}`} onClick={() => removeExistingNetwork(index)}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => addExistingNetworks([''])} data-testid="add-network">
          Add network
        </Button>
        <Button variant="outlined" disabled={busy} onClick={() => void addHostNetworks()} data-testid="add-host-networks">
          {"Add this machine's networks"}
        </Button>
        <Typography variant="body2" color="text.secondary" role="status">
          {outcome}
        </Typography>
      </Stack>
    </Stack>
  );
}
