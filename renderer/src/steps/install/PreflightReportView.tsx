import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import Stack from '@mui/material/Stack';
import type { PreflightAction, PreflightReport } from '../../../../shared/preflight/preflight-types.js';
import { ConnectionBlockedAlert } from '../flannel/ConnectionBlockedAlert.js';
import { AdaptersTable } from './AdaptersTable.js';
import type { NodeContext, TargetView } from './node-context.js';
import { AuthorizeKeyAction, RefreshTokenAction } from './PreflightActions.js';
import { PreflightCheckItem } from './PreflightCheckItem.js';
import { summarizePreflight } from './preflight-view.js';

/**
 * The preflight report as a checklist, failures' fixes and the two fixes the app can make itself (each action
 * shown once, at the first check that asks for it), then the node's adapters for Cni.InterfaceName.
 */
export function PreflightReportView(props: { report: PreflightReport; context: NodeContext; view: TargetView; onRerun: () => void; rerunDisabled: boolean }) {
  const { report, context } = props;
  const summary = summarizePreflight(report);
  const firstWith = (action: PreflightAction) => report.checks.find((check) => check.action === action && check.status !== 'pass')?.id;
  const refreshAt = firstWith('refresh-token');
  // containerd + kubeadm needs no node key on the control plane (its check is skipped), so nothing to authorize.
  const authorizeAt = context.join.method === 'kubeadm' ? undefined : firstWith('authorize-ssh-key');
  const actionFor = (id: string): ReactNode => {
    if (id === refreshAt) return <RefreshTokenAction context={context} onRerun={props.onRerun} rerunDisabled={props.rerunDisabled} />;
    if (id === authorizeAt) return <AuthorizeKeyAction context={context} view={props.view} publicKey={report.nodePublicKey} onRerun={props.onRerun} rerunDisabled={props.rerunDisabled} />;
    return undefined;
  };

  return (
    <Stack spacing={1.5} data-testid="preflight-report">
      <Alert severity={summary.severity} data-testid="preflight-summary" data-fail={summary.counts.fail} data-warn={summary.counts.warn}>
        {summary.text}
      </Alert>
      {(refreshAt || authorizeAt) && context.controlPlaneBlocker && (
        <ConnectionBlockedAlert reason={`The fixes below run on the control plane. ${context.controlPlaneBlocker}`} testId="preflight-actions-blocked" />
      )}
      <List dense disablePadding aria-label="Preflight checks">
        {report.checks.map((check) => (
          <PreflightCheckItem key={check.id} check={check} action={actionFor(check.id)} />
        ))}
      </List>
      <AdaptersTable adapters={report.adapters} />
    </Stack>
  );
}
