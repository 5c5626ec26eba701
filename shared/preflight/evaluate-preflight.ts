/**
 * The preflight report from the gathered facts: one check per id, in `preflightCheckIds` order, each with what
 * was found and, for a warn or fail, what to do. Pure: the job runs the probes, this only reads them.
 */
import { bootstrapTokenCheck } from './bootstrap-token-check.js';
import { brief, type Verdict } from './check-verdict.js';
import { controlPlaneApiCheck, controlPlaneSshCheck, vxlanFirewallCheck } from './connectivity-checks.js';
import { administratorCheck, containersFeatureCheck, kb4489899Check, windowsBuildCheck } from './machine-checks.js';
import { adaptersOf, interfaceCheck, networkAdaptersCheck } from './network-adapters.js';
import type { PreflightFacts } from './preflight-facts.js';
import { preflightCheckIds, type PreflightCheck, type PreflightCheckId, type PreflightReport } from './preflight-types.js';
import { publicKeyOf, sshKeyAuthorizedCheck } from './ssh-key-check.js';
import { virtualMachineCheck } from './virtual-machine-check.js';

export type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';

export const preflightCheckTitles: Record<PreflightCheckId, string> = {
  administrator: 'Administrator rights',
  'windows-build': 'Windows build',
  kb4489899: 'KB4489899 (overlay networking)',
  'containers-feature': 'Containers feature',
  'network-adapters': 'Network adapters',
  interface: 'Cni.InterfaceName',
  'control-plane-api': 'Control plane API server (TCP 6443)',
  'control-plane-ssh': 'Control plane SSH (TCP 22)',
  'vxlan-firewall': 'Inbound VXLAN (UDP 4789)',
  'virtual-machine': 'Virtual machine networking',
  'bootstrap-token': 'Bootstrap token',
  'ssh-key-authorized': "Node's SSH key on the control plane",
};

const rules: Record<PreflightCheckId, (facts: PreflightFacts) => Verdict> = {
  administrator: administratorCheck,
  'windows-build': windowsBuildCheck,
  kb4489899: kb4489899Check,
  'containers-feature': containersFeatureCheck,
  'network-adapters': networkAdaptersCheck,
  interface: interfaceCheck,
  'control-plane-api': controlPlaneApiCheck,
  'control-plane-ssh': controlPlaneSshCheck,
  'vxlan-firewall': vxlanFirewallCheck,
  'virtual-machine': virtualMachineCheck,
  'bootstrap-token': bootstrapTokenCheck,
  'ssh-key-authorized': sshKeyAuthorizedCheck,
};

/** One rule's verdict; a rule that throws on output nobody foresaw still yields a check, never a lost report. */
function runRule(id: PreflightCheckId, facts: PreflightFacts): PreflightCheck {
  let verdict: Verdict;
  try {
    verdict = rules[id](facts);
  } catch (error) {
    verdict = { status: 'warn', detail: `could not check: ${brief(error instanceof Error ? error.message : String(error))}`, fix: 'Run the check again, and report this message if it stays.' };
  }
  return { id, title: preflightCheckTitles[id], ...verdict };
}

export function evaluatePreflight(facts: PreflightFacts): PreflightReport {
  const nodePublicKey = publicKeyOf(facts.probes.publicKey);
  return {
    checks: preflightCheckIds.map((id) => runRule(id, facts)),
    adapters: adaptersOf(facts.probes.netAdapters),
    ...(nodePublicKey === undefined ? {} : { nodePublicKey }),
  };
}
