/**
 * The modern method's own preflight checks (containerd + PrepareNode.ps1 + kubeadm join), after the common ones:
 * is containerd listening, is the kubelet service installed, and can the API server reach kubelet on TCP 10250.
 * Before install none of this exists yet, so each missing piece is a warning that names the step that adds it.
 */
import { fromProbe, pass, readBoolean, rerun, warn, type Verdict } from './check-verdict.js';
import { readFirewall } from './connectivity-checks.js';
import type { ProbeOutcome } from './preflight-facts.js';
import type { ModernPreflightCheckId, PreflightCheck } from './preflight-types.js';

export interface ModernProbes {
  containerd?: ProbeOutcome;
  kubeletService?: ProbeOutcome;
  kubeletPort?: ProbeOutcome;
}

export const modernCheckTitles: Record<ModernPreflightCheckId, string> = {
  containerd: 'containerd',
  'kubelet-service': 'kubelet service',
  'kubelet-port': 'Inbound kubelet (TCP 10250)',
};

const rules: Record<ModernPreflightCheckId, (probes: ModernProbes, target: string) => Verdict> = {
  containerd: (probes, target) =>
    fromProbe(probes.containerd, { unknown: 'warn', fix: rerun("Test-Path -Path '//./pipe/containerd-containerd'", target) }, (stdout) =>
      readBoolean(stdout, 'containerd pipe')
        ? pass('containerd is listening on \\\\.\\pipe\\containerd-containerd.')
        : warn('containerd is not running (no \\\\.\\pipe\\containerd-containerd).', 'Run install: Install-Containerd.ps1 installs it (restart the node if it asks, then run install again). Join needs it.'),
    ),
  'kubelet-service': (probes, target) =>
    fromProbe(probes.kubeletService, { unknown: 'warn', fix: rerun('Get-Service -Name kubelet', target) }, (stdout) => {
      const status = stdout.trim();
      if (status === 'missing') return warn('The kubelet service is not installed.', 'Run install: PrepareNode.ps1 installs kubelet as a service. Join needs it.');
      return pass(`The kubelet service is installed (${status}); it runs for real once kubeadm join gave it its configuration.`);
    }),
  'kubelet-port': (probes, target) =>
    fromProbe(probes.kubeletPort, { unknown: 'warn', fix: rerun('Get-NetFirewallRule -Direction Inbound -Enabled True', target) }, (stdout) => {
      const { enabled, rules: allowed } = readFirewall(stdout);
      if (!enabled) return pass('Windows Firewall is off in every profile: TCP 10250 is not filtered.');
      if (allowed.length > 0) return pass(`Inbound TCP 10250 is allowed by ${allowed.map((rule) => `"${rule}"`).join(', ')}.`);
      return warn(
        'Windows Firewall is on and no enabled inbound rule allows TCP 10250: kubectl logs and exec will not reach this node.',
        "PrepareNode.ps1 adds the rule; or run New-NetFirewallRule -Name 'kubelet' -DisplayName 'kubelet' -Direction Inbound -Protocol TCP -LocalPort 10250 -Action Allow",
      );
    }),
};

export function evaluateModernChecks(probes: ModernProbes, targetLabel: string): PreflightCheck[] {
  return (Object.keys(rules) as ModernPreflightCheckId[]).map((id) => ({ id, title: modernCheckTitles[id], ...rules[id](probes, targetLabel) }));
}
