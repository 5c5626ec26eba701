import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import TextField from '@mui/material/TextField';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { hnsExternalNetwork } from '../../../../shared/ip-plan/plan-numbers.js';
import type { FieldIssues } from './field-issues.js';
import { IssueHelperText } from './IssueHelperText.js';

/**
 * The HNS network "External" that KubeCluster.ps1 -join creates on every Windows node. The validator always
 * avoids it, so it is shown as a fixed row: the operator sees why a range near 192.168.255.0 is refused,
 * and cannot remove it (it is not in the saved list; it is a fact about Windows nodes, not a choice).
 */
export function HnsNetworkRow(props: { issues: FieldIssues }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="hns-network">
      <TextField
        id="existing-network-hns"
        label="HNS network “External” (every Windows node)"
        value={hnsExternalNetwork}
        error={props.issues.errors.length > 0}
        helperText={<IssueHelperText helper="Created by KubeCluster.ps1 -join on each Windows node; always treated as existing." issues={props.issues} />}
        slotProps={{ htmlInput: { readOnly: true, 'aria-readonly': true }, input: { endAdornment: <FieldHelpAdornment id="ipPlan.hnsNetwork" /> } }}
      />
      {/* Where other rows have their remove button: a lock, so the row lines up and reads as fixed. */}
      <Box title="Always present; cannot be removed" sx={{ width: 40, height: 40, display: 'grid', placeItems: 'center', color: 'text.disabled', flexShrink: 0 }}>
        <SvgIcon fontSize="small" aria-hidden>
          <path d="M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2M9 6c0-1.66 1.34-3 3-3s3 1.34 3 3v2H9zm3 11c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2" />
        </SvgIcon>
      </Box>
    </Stack>
  );
}
