import { useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PlanReport } from '../../../shared/ip-plan/plan-issues.js';
import { focusAfterRender } from '../a11y/focus.js';
import { useApi } from '../api/use-api.js';
import { FieldHelp } from '../components/help/FieldHelp.js';
import { CloseIcon } from '../components/icons.js';
import { reportFailure } from '../store/connection-store.js';
import { usePlanStore } from '../store/plan-store.js';
import type { MapOverlap } from './ip-plan/address-map-layout.js';
import { issuesAt, noIssues, type FieldIssues } from './ip-plan/field-issues.js';
import { HnsNetworkRow } from './ip-plan/HnsNetworkRow.js';
import { IssueHelperText } from './ip-plan/IssueHelperText.js';

/**
 * The validator reports an overlap at the planned range (cluster or service), since that is what the plan
 * chooses; the row of the network it collides with says so too, so the conflict is visible from both ends.
 */
function rowIssues(report: PlanReport, overlaps: readonly MapOverlap[], key: string): FieldIssues {
  const own = key === 'hns' ? noIssues : issuesAt(report, key as `existingNetworks.${number}`);
  const collisions = overlaps
    .filter((overlap) => overlap.between[1].key === key)
    .map(({ between: [planned], text }) => `Overlaps the ${planned.label} ${planned.cidr.text} on ${text}.`);
  return { errors: [...own.errors, ...collisions], warnings: own.warnings };
}

const addNetworkId = 'add-existing-network';

/** The networks that already exist where the cluster lives; the plan's ranges must not overlap them. */
export function ExistingNetworks(props: { report: PlanReport; overlaps: readonly MapOverlap[] }) {
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

  // Keyboard users land in the row they added, and on a neighbour of the row they removed (its button is gone).
  const addNetwork = () => {
    addExistingNetworks(['']);
    focusAfterRender(`existing-network-${networks.length}`);
  };
  const removeNetwork = (index: number) => {
    removeExistingNetwork(index);
    focusAfterRender(networks.length > 1 ? `existing-network-${Math.max(0, index - 1)}` : addNetworkId);
  };

  return (
    <Stack spacing={1.5} component="section" aria-labelledby="existing-networks-title">
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography id="existing-networks-title" variant="subtitle1" component="h3">
          Existing networks
        </Typography>
        <FieldHelp id="ipPlan.existingNetworks" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        Networks already in use around the cluster (nodes, VPN, Docker, the office LAN), as CIDRs such as
        192.168.1.0/24. The pod and service ranges must not overlap any of them.
      </Typography>
      <HnsNetworkRow issues={rowIssues(props.report, props.overlaps, 'hns')} />
      {networks.map((network, index) => {
        const issues = rowIssues(props.report, props.overlaps, `existingNetworks.${index}`);
        const shown = issues.errors.length + issues.warnings.length > 0;
        return (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              id={`existing-network-${index}`}
              label={`Existing network ${index + 1}`}
              value={network}
              error={issues.errors.length > 0}
              helperText={shown ? <IssueHelperText helper={null} issues={issues} /> : undefined}
              onChange={(event) => setExistingNetwork(index, event.target.value)}
              slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'existing-network' } }}
            />
            <IconButton aria-label={`Remove existing network ${index + 1}`} onClick={() => removeNetwork(index)} sx={{ mt: 0.25 }}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Stack>
        );
      })}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button id={addNetworkId} variant="outlined" onClick={addNetwork} data-testid="add-network">
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
