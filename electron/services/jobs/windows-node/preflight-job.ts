import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { evaluatePreflight } from '../../../../shared/preflight/evaluate-preflight.js';
import { evaluateModernChecks, type ModernProbes } from '../../../../shared/preflight/modern-checks.js';
import { containerdPipeProbe, kubeletPortProbe, kubeletServiceProbe } from '../../../../shared/powershell/modern-commands.js';
import type { PreflightFacts, ProbeOutcome } from '../../../../shared/preflight/preflight-facts.js';
import {
  adminProbe,
  computerSystemProbe,
  containersFeatureProbe,
  hotFixProbe,
  netAdaptersProbe,
  sshPublicKeyProbe,
  tcpReachableProbe,
  vxlanFirewallProbe,
  windowsBuildProbe,
} from '../../../../shared/powershell/preflight-commands.js';
import { nodeJobOwnSteps } from '../../../../shared/windows-node/node-job-steps.js';
import { windowsTargetKey, windowsTargetLabel } from '../../../../shared/windows-node/windows-target.js';
import { withJobShell } from '../../ssh/job-shell.js';
import { runRemote } from '../control-plane/remote-commands.js';
import { connectForJob } from '../control-plane/ssh-job.js';
import { JobFailure, type JobDefinition } from '../job-definition.js';
import { readConfigForJob } from './node-config-text.js';
import { shellForJob, type NodeJobDependencies } from './node-shell.js';
import { connectToNode } from './prepare-node.js';
import { runProbe } from './run-probe.js';

type PreflightRequest = Extract<JobRequest, { kind: 'preflight' }>;

export const preflightSteps = { node: 'Check the node', controlPlaneConnect: 'Connect to the control plane', controlPlane: 'Check the token and the SSH key on the control plane', report: 'Report' } as const;

type ProbeName = keyof PreflightFacts['probes'];

/**
 * Read-only checks before install or join, on the node (each a small PowerShell probe) and, when the wizard
 * has the control-plane connection, there (`kubeadm token list`, authorized_keys). Nothing is changed: the
 * report's actions (refresh the token, authorize the node's key) are separate jobs the operator starts.
 */
export function preflightJob(deps: NodeJobDependencies & { now?: () => Date }): JobDefinition<PreflightRequest> {
  return {
    kind: 'preflight',
    title: (request) => `Preflight of ${windowsTargetLabel(request.node.target)}`,
    steps: (request) => [
      ...(request.node.target.type === 'ssh' ? [nodeJobOwnSteps.connect] : []),
      preflightSteps.node,
      ...(request.controlPlane ? [preflightSteps.controlPlaneConnect, preflightSteps.controlPlane] : []),
      preflightSteps.report,
    ],
    conflictKey: (request) => `preflight:${windowsTargetKey(request.node.target)}`,
    async run(context, request) {
      const config = readConfigForJob(context, request.configText);
      const shell = shellForJob(context, request.node.target, deps);
      await connectToNode(context, shell);
      const plugin = config.Cni.Plugin.Name.toLowerCase();
      const ip = config.Kubernetes.ControlPlane.IpAddress.trim();
      const probes: PreflightFacts['probes'] = {};
      const modern = request.method === 'kubeadm';
      const modernProbes: ModernProbes = {};
      await context.step(preflightSteps.node, async () => {
        const scripts: Array<[ProbeName, string, string | undefined]> = [
          ['administrator', 'Administrator rights', adminProbe()],
          ['windowsBuild', 'Windows build', windowsBuildProbe()],
          ['hotFix', 'KB4489899', plugin === 'vxlan' ? hotFixProbe() : undefined],
          ['containersFeature', 'Containers feature', containersFeatureProbe()],
          ['netAdapters', 'Network adapters', netAdaptersProbe()],
          ['apiReachable', `Control plane ${ip}:6443`, ip ? tcpReachableProbe(ip, 6443) : undefined],
          ['sshReachable', `Control plane ${ip}:22`, ip ? tcpReachableProbe(ip, 22) : undefined],
          ['firewall', 'Windows Firewall for UDP 4789', plugin === 'vxlan' ? vxlanFirewallProbe() : undefined],
          ['computerSystem', 'Virtual machine or physical', computerSystemProbe()],
          // kubeadm join fetches its kubeconfig itself: the node's SSH key matters only to KubeCluster.ps1's scp.
          ['publicKey', "The node's SSH public key", modern ? undefined : sshPublicKeyProbe()],
        ];
        for (const [name, label, script] of scripts) {
          if (script !== undefined) probes[name] = await runProbe(context, shell, label, script);
        }
        if (modern) {
          modernProbes.containerd = await runProbe(context, shell, 'containerd pipe', containerdPipeProbe());
          modernProbes.kubeletService = await runProbe(context, shell, 'kubelet service', kubeletServiceProbe());
          modernProbes.kubeletPort = await runProbe(context, shell, 'Windows Firewall for TCP 10250', kubeletPortProbe());
        }
      });
      let controlPlane: PreflightFacts['controlPlane'];
      if (request.controlPlane) {
        const connection = deps.pool.get(request.controlPlane);
        const unreachable = await connectForJob(context, connection, request.controlPlane, preflightSteps.controlPlaneConnect).then(
          () => undefined,
          (error: unknown) => `could not connect to the control plane: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (unreachable === undefined) {
          controlPlane = { username: request.controlPlane.username };
          await context.step(preflightSteps.controlPlane, () =>
            withJobShell(connection, async (remote) => {
              // The list holds every token of the cluster: captured, never logged.
              controlPlane!.tokenList = await capture(() => runRemote(context, remote, ['kubeadm', 'token', 'list']));
              // $HOME, as the authorize job writes it (a session's working folder need not be its home).
              const readKeys = ['sh', '-c', 'cat "$HOME/.ssh/authorized_keys"'];
              if (modern) return;
              controlPlane!.authorizedKeys = await capture(() => runRemote(context, remote, readKeys, { notFound: /No such file or directory/ }));
            }),
          );
        } else {
          context.log('stderr', unreachable);
          controlPlane = { username: request.controlPlane.username, tokenList: { ok: false, error: unreachable }, authorizedKeys: { ok: false, error: unreachable } };
          context.markStep(preflightSteps.controlPlane, 'skipped');
        }
      }
      await context.step(preflightSteps.report, async () => {
        const facts: PreflightFacts = {
          targetLabel: shell.label,
          plugin: config.Cni.Plugin.Name,
          interfaceName: config.Cni.InterfaceName,
          controlPlaneIp: ip,
          controlPlaneUser: config.Kubernetes.ControlPlane.Username,
          token: config.Kubernetes.ControlPlane.KubeadmToken,
          probes,
          ...(controlPlane ? { controlPlane } : {}),
          now: deps.now?.() ?? new Date(),
        };
        const common = evaluatePreflight(facts);
        const report = modern
          ? {
              ...common,
              checks: [
                ...common.checks.map((check) =>
                  check.id === 'ssh-key-authorized' ? { id: check.id, title: check.title, status: 'skip' as const, detail: 'not needed: kubeadm join fetches its configuration itself (only KubeCluster.ps1 copies the kubeconfig with scp).' } : check,
                ),
                ...evaluateModernChecks(modernProbes, shell.label),
              ],
            }
          : common;
        for (const check of report.checks) {
          context.log(check.status === 'fail' ? 'stderr' : 'info', `[${check.status.toUpperCase()}] ${check.title}: ${check.detail}${check.fix ? ` Fix: ${check.fix}` : ''}`);
        }
        const failed = report.checks.filter((check) => check.status === 'fail').length;
        const warned = report.checks.filter((check) => check.status === 'warn').length;
        context.log('info', `Preflight of ${shell.label}: ${failed} failed, ${warned} warnings, ${report.checks.length - failed - warned} passed or skipped.`);
        context.setResult({ kind: 'preflight', report });
      });
    },
  };

  async function capture(work: () => Promise<string | undefined>): Promise<ProbeOutcome> {
    try {
      return { ok: true, stdout: (await work()) ?? '' };
    } catch (error) {
      if (error instanceof JobFailure) return { ok: false, error: error.message };
      throw error;
    }
  }
}
