import { useMemo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { validateIpPlan } from '../../../shared/ip-plan/validate-ip-plan.js';
import { usePlanStore } from '../store/plan-store.js';
import { ExistingNetworks } from './ExistingNetworks.js';
import { AddressMap } from './ip-plan/AddressMap.js';
import { buildAddressMap } from './ip-plan/address-map-layout.js';
import { issuesAt } from './ip-plan/field-issues.js';
import { planFields, type PlanFieldSpec } from './ip-plan/plan-fields.js';
import { PlanTextField } from './ip-plan/PlanTextField.js';
import { PlanVerdict } from './ip-plan/PlanVerdict.js';

const byName = (name: PlanFieldSpec['field']) => planFields.find((spec) => spec.field === name)!;
// Sizes first (they decide how large the pod range must be), then the ranges they apply to.
const rows: readonly (readonly PlanFieldSpec[])[] = [
  [byName('nodes'), byName('podsPerNode'), byName('nodeMask')],
  [byName('clusterCidr')],
  [byName('serviceCidr'), byName('dnsIp')],
];

/**
 * Step 1: the address plan. The store keeps the fields exactly as typed; the validator and the map are pure
 * functions of them, re-run on every keystroke (both take well under a millisecond), so what is on screen
 * always matches what would be saved and there is nothing to submit.
 */
export function IpPlanStep() {
  const ipPlan = usePlanStore((state) => state.plan.ipPlan);
  const setField = usePlanStore((state) => state.setIpPlanField);
  const report = useMemo(() => validateIpPlan(ipPlan), [ipPlan]);
  const layout = useMemo(() => buildAddressMap(ipPlan), [ipPlan]);
  const overlaps = useMemo(() => layout.groups.flatMap((group) => group.overlaps), [layout]);
  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        Choose the address ranges for pods and services. They must not collide with each other or with any network
        that already exists where the cluster lives. Problems show up as you type.
      </Typography>
      {rows.map((row) => (
        <Stack key={row[0]!.field} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {row.map((spec) => (
            <PlanTextField
              key={spec.field}
              field={spec.field}
              label={spec.label}
              helper={spec.helper(ipPlan)}
              numeric={spec.numeric}
              value={ipPlan[spec.field]}
              issues={issuesAt(report, spec.field)}
              onChange={setField}
            />
          ))}
        </Stack>
      ))}
      <ExistingNetworks report={report} overlaps={overlaps} />
      <PlanVerdict report={report} clusterCidr={ipPlan.clusterCidr} onUseSuggestion={(cidr) => setField('clusterCidr', cidr)} />
      <AddressMap layout={layout} />
    </Stack>
  );
}
