/** From the node to the control plane (TCP 6443 and 22), and inbound VXLAN (UDP 4789) through Windows Firewall. */
import { fail, fromProbe, pass, readBoolean, rerun, skip, UnreadableOutput, warn, type Verdict } from './check-verdict.js';
import { isRecord, jsonList, jsonText, parseJsonOutput } from './json-output.js';
import type { PreflightFacts } from './preflight-facts.js';
import { fixes } from './preflight-fixes.js';

function reachability(facts: PreflightFacts, port: 6443 | 22): Verdict {
  const { probes, controlPlaneIp, targetLabel } = facts;
  const outcome = port === 6443 ? probes.apiReachable : probes.sshReachable;
  const ip = controlPlaneIp.trim();
  // Known without a probe (and the job runs none without an address).
  if (ip === '') return fail('Kubernetes.ControlPlane.IpAddress is empty.', fixes.emptyControlPlaneIp);
  const gate = { unknown: 'warn' as const, fix: rerun(`Test-NetConnection -ComputerName ${ip} -Port ${port}`, targetLabel) };
  return fromProbe(outcome, gate, (stdout) => {
    const reached = readBoolean(stdout, 'Test-NetConnection');
    const what = port === 6443 ? 'the API server' : 'SSH';
    if (reached) return pass(`${targetLabel} reaches ${what} at ${ip}:${port}.`);
    const fix = port === 6443 ? fixes.apiUnreachable(ip, targetLabel) : fixes.sshUnreachable(ip, targetLabel);
    return fail(`${targetLabel} cannot open TCP ${ip}:${port} (${what}).`, fix);
  });
}

export const controlPlaneApiCheck = (facts: PreflightFacts) => reachability(facts, 6443);
export const controlPlaneSshCheck = (facts: PreflightFacts) => reachability(facts, 22);

export function readFirewall(stdout: string): { enabled: boolean; rules: string[] } {
  const json = parseJsonOutput(stdout);
  if (!isRecord(json) || typeof json.firewallEnabled !== 'boolean') throw new UnreadableOutput('not the firewall JSON', stdout);
  const rules = jsonList(json.allowRules).map(jsonText);
  if (rules.some((rule) => rule === undefined)) throw new UnreadableOutput('a rule without a name', stdout);
  return { enabled: json.firewallEnabled, rules: rules.filter((rule): rule is string => rule !== undefined) };
}

/** Flannel's VXLAN traffic from the other nodes arrives on UDP 4789; overlay only (bridge routes pod traffic). */
export function vxlanFirewallCheck({ probes, plugin, targetLabel }: PreflightFacts): Verdict {
  if (plugin.trim().toLowerCase() !== 'vxlan') return skip(`not needed for ${plugin.trim() || 'this plugin'}`);
  const gate = { unknown: 'warn' as const, fix: rerun('Get-NetFirewallProfile; Get-NetFirewallRule -Direction Inbound -Enabled True', targetLabel) };
  return fromProbe(probes.firewall, gate, (stdout) => {
    const { enabled, rules } = readFirewall(stdout);
    if (!enabled) return pass('Windows Firewall is off in every profile: UDP 4789 is not filtered.');
    if (rules.length > 0) return pass(`Inbound UDP 4789 is allowed by ${rules.map((rule) => `"${rule}"`).join(', ')}.`);
    return warn('Windows Firewall is on and no enabled inbound rule allows UDP 4789 (VXLAN).', fixes.vxlanFirewall);
  });
}
