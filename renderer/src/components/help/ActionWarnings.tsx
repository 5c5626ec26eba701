import Stack from '@mui/material/Stack';
import { authorizedKeysMissingWarning, hnsBlipWarning, macSpoofingWarning, vxlanFirewallWarning, type JoinMethodName, type MomentWarning } from '../../../../shared/help/warnings.js';
import type { PreflightReport } from '../../../../shared/preflight/preflight-types.js';
import { WarningAlert } from './WarningAlert.js';

/**
 * The warnings that matter right before install and join on one node, from its latest preflight report and
 * where the join stands: each shows only while its fact holds, so the panel is quiet when nothing applies.
 */
export function ActionWarnings(props: { report: PreflightReport | undefined; method: JoinMethodName; remote: boolean; joinBlocked: boolean; joined: boolean }) {
  const warnings = [
    macSpoofingWarning(props.report),
    authorizedKeysMissingWarning(props.report, props.method),
    vxlanFirewallWarning(props.report, props.method),
    hnsBlipWarning({ remote: props.remote, joinBlocked: props.joinBlocked, joined: props.joined }),
  ].filter((warning): warning is MomentWarning => warning !== undefined);
  if (warnings.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="action-warnings">
      {warnings.map((warning) => (
        <WarningAlert key={warning.id} warning={warning} />
      ))}
    </Stack>
  );
}
