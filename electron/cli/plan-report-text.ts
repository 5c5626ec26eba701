import type { IpPlanDraft } from '../../shared/plan/plan-schema.js';
import type { PlanReport } from '../../shared/ip-plan/plan-issues.js';

const number = (value: number | null) => (value === null ? 'n/a' : value.toLocaleString('en-US'));

/** The readable report: the verdict first, then each problem with its field, then the numbers. */
export function formatPlanReport(draft: IpPlanDraft, report: PlanReport): string {
  const lines = [
    report.ok ? 'The plan is valid.' : `The plan is NOT valid: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}.`,
    '',
    `  nodes ${draft.nodes}, pods per node ${draft.podsPerNode}, /${draft.nodeMask} per node`,
    `  cluster ${draft.clusterCidr}, service ${draft.serviceCidr}, kube-dns ${draft.dnsIp}`,
  ];
  if (draft.existingNetworks.length > 0) lines.push(`  existing networks ${draft.existingNetworks.join(', ')}`);
  for (const error of report.errors) lines.push('', `error ${error.code} (${error.field}): ${error.message}`);
  for (const warning of report.warnings) lines.push('', `warning ${warning.code} (${warning.field}): ${warning.message}`);
  lines.push(
    '',
    `minimum addresses (nodes + nodes × pods): ${number(report.minimumAddresses)}`,
    `addresses in the cluster CIDR:            ${number(report.clusterAddresses)}`,
    `nodes the cluster CIDR can hold:          ${number(report.maxNodes)}`,
    `headroom (more nodes that fit):           ${report.headroom !== null && report.headroom < 0 ? `none, ${-report.headroom} nodes too many` : number(report.headroom)}`,
    `smallest cluster CIDR that fits:          ${report.suggestedClusterCidr ?? 'none (see the errors)'}`,
  );
  return lines.join('\n');
}
