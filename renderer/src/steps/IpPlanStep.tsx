import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { usePlanStore, type IpPlanTextField } from '../store/plan-store.js';
import { ExistingNetworks } from './ExistingNetworks.js';

const fields: readonly { field: IpPlanTextField; label: string; helper: string; numeric?: boolean }[] = [
  { field: 'nodes', label: 'Nodes (Linux + Windows)', helper: 'Every node that will get a pod subnet, Linux and Windows.', numeric: true },
  { field: 'podsPerNode', label: 'Max pods per node', helper: 'The kubelet limit; 110 is the Kubernetes default.', numeric: true },
  { field: 'clusterCidr', label: 'Cluster (pod) CIDR', helper: 'Each node gets a /24 of this range for its pods.' },
  { field: 'serviceCidr', label: 'Service CIDR', helper: 'A virtual range kube-proxy translates; pods reach Services through it.' },
  { field: 'dnsIp', label: 'kube-dns service IP', helper: 'The DNS Service’s address; it must lie inside the service range.' },
  { field: 'nodeMask', label: 'Node subnet mask size', helper: 'Prefix length of each node’s pod subnet; 24 gives every node 256 addresses.', numeric: true },
];

/** Step 1: the address plan, kept exactly as typed (validation arrives with the subnet calculator). */
export function IpPlanStep() {
  const ipPlan = usePlanStore((state) => state.plan.ipPlan);
  const setField = usePlanStore((state) => state.setIpPlanField);
  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        Choose the address ranges for pods and services. They must not collide with each other or with any network
        that already exists where the cluster lives.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {fields.slice(0, 2).map((spec) => (
          <DraftField key={spec.field} {...spec} value={ipPlan[spec.field]} onChange={setField} />
        ))}
      </Stack>
      {fields.slice(2).map((spec) => (
        <DraftField key={spec.field} {...spec} value={ipPlan[spec.field]} onChange={setField} />
      ))}
      <ExistingNetworks />
    </Stack>
  );
}

function DraftField(props: {
  field: IpPlanTextField;
  label: string;
  helper: string;
  numeric?: boolean;
  value: string;
  onChange: (field: IpPlanTextField, value: string) => void;
}) {
  return (
    <TextField
      id={`ipPlan-${props.field}`}
      label={props.label}
      helperText={props.helper}
      value={props.value}
      onChange={(event) => props.onChange(props.field, event.target.value)}
      slotProps={{ htmlInput: { inputMode: props.numeric ? 'numeric' : 'text', spellCheck: false } }}
    />
  );
}
