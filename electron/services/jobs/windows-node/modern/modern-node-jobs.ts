import type { JobRequest } from '../../../../../shared/jobs/job-types.js';
import { installContainerdOutcome, prepareNodeOutcome, verdictFromKubeadmJoin } from '../../../../../shared/modern-join/kubeadm-join-output.js';
import {
  containerdPipeProbe,
  downloadModernScriptsScript,
  installContainerdScript,
  kubeadmJoinScript,
  modernResetScript,
  modernScriptsProbe,
  prepareNodeScript,
} from '../../../../../shared/powershell/modern-commands.js';
import { evaluateModernScripts } from '../../../../../shared/modern-join/kubeadm-join-output.js';
import { modernJobSteps, modernSteps } from '../../../../../shared/windows-node/modern-job-steps.js';
import type { NodeAction } from '../../../../../shared/windows-node/node-progress.js';
import { windowsTargetKey, windowsTargetLabel } from '../../../../../shared/windows-node/windows-target.js';
import type { NodeProgressStore } from '../../../windows-node/node-progress-store.js';
import type { WindowsShell } from '../../../windows-node/windows-shell.js';
import { runRemote } from '../../control-plane/remote-commands.js';
import { JobFailure, type JobContext, type JobDefinition } from '../../job-definition.js';
import { defaultRemoteConcurrency } from '../node-action-jobs.js';
import { shellForJob, type NodeJobDependencies } from '../node-shell.js';
import { connectToNode, requireAdministrator } from '../prepare-node.js';
import { runProbe } from '../run-probe.js';
import { runNodeScript } from './run-node-script.js';

type ModernRequest = Extract<JobRequest, { kind: 'modernNodeInstall' | 'modernNodeJoin' | 'modernNodeReset' }>;

export interface ModernNodeDependencies extends NodeJobDependencies {
  progress: NodeProgressStore;
}

const actionOf = { modernNodeInstall: 'install', modernNodeJoin: 'join', modernNodeReset: 'reset' } as const satisfies Record<ModernRequest['kind'], NodeAction>;
const verbs: Record<NodeAction, string> = { install: 'Install containerd and prepare', join: 'Join (kubeadm)', reset: 'Reset (kubeadm)' };
const minutes = (count: number) => count * 60_000;

/**
 * The modern method on one Windows node (Kubernetes 1.23 and later): Install-Containerd.ps1 and PrepareNode.ps1
 * from a pinned sig-windows-tools commit, verified before they run; `kubeadm join`; and its reset. The same
 * shell, log, progress records and concurrency limit as the KubeCluster.ps1 jobs.
 */
export function modernNodeJob<K extends ModernRequest['kind']>(kind: K, deps: ModernNodeDependencies): JobDefinition<Extract<ModernRequest, { kind: K }>> {
  const action = actionOf[kind];
  const definition: JobDefinition<ModernRequest> = {
    kind,
    title: (request) => {
      const attempt = action === 'join' ? ` (try ${(deps.progress.get(windowsTargetKey(request.node.target))?.joinAttempts ?? 0) + 1})` : '';
      return `${verbs[action]}: ${windowsTargetLabel(request.node.target)}${attempt}`;
    },
    steps: (request) =>
      modernJobSteps(action, request.node.target, {
        download: request.kind === 'modernNodeInstall' && request.source === 'download',
        deleteNode: request.kind === 'modernNodeReset' && request.controlPlane !== undefined && request.nodeName !== undefined,
      }),
    conflictKey: (request) => `windows-node:${windowsTargetKey(request.node.target)}`,
    concurrency: (request) => (request.node.target.type === 'ssh' ? { key: 'remote-windows-nodes', limit: request.concurrency ?? defaultRemoteConcurrency } : undefined),
    run,
  };
  return definition as unknown as JobDefinition<Extract<ModernRequest, { kind: K }>>;

  async function run(context: JobContext, request: ModernRequest): Promise<void> {
    const key = windowsTargetKey(request.node.target);
    const jobId = context.jobId;
    deps.progress.started(key, windowsTargetLabel(request.node.target), action, jobId, 'kubeadm');
    if (request.kind === 'modernNodeJoin') {
      context.addSecret(request.token);
      context.addSecret(request.caHash);
      context.addSecret(request.caHash.replace(/^sha256:/, ''));
    }
    const shell = shellForJob(context, request.node.target, deps);
    const finish = (state: 'succeeded' | 'failed' | 'rebooting', verdict: { outcome: 'success' | 'failure'; code: string; message: string; fix?: string }) =>
      deps.progress.update(key, jobId, { state, verdict });
    try {
      await connectToNode(context, shell);
      await requireAdministrator(context, shell);
      if (request.kind === 'modernNodeInstall') await install(context, shell, request, (step) => deps.progress.update(key, jobId, { step }), finish);
      else if (request.kind === 'modernNodeJoin') await join(context, shell, request, finish);
      else await reset(context, shell, request, finish);
    } catch (error) {
      if (deps.progress.get(key)?.state === 'running') deps.progress.update(key, jobId, { state: context.signal.aborted ? 'cancelled' : 'failed' });
      throw error;
    }
  }

  async function install(
    context: JobContext,
    shell: WindowsShell,
    request: Extract<ModernRequest, { kind: 'modernNodeInstall' }>,
    onStep: (step: { index: number; total: number; name: string }) => void,
    finish: (state: 'succeeded' | 'failed' | 'rebooting', verdict: { outcome: 'success' | 'failure'; code: string; message: string; fix?: string }) => void,
  ): Promise<void> {
    const dir = request.node.workDir;
    const total = 2;
    if (request.source === 'download') {
      await context.step(modernSteps.download, async () => {
        const outcome = await runProbe(context, shell, 'Download Install-Containerd.ps1 and PrepareNode.ps1 (pinned commit)', downloadModernScriptsScript({ dir }), minutes(10));
        if (!outcome.ok) throw new JobFailure(`Downloading the scripts failed: ${outcome.error}. The node needs HTTPS access to raw.githubusercontent.com, or put the two scripts in ${dir} and choose "the work folder already has them".`);
      });
    }
    await context.step(modernSteps.verify, async () => {
      const outcome = await runProbe(context, shell, `Check the scripts in ${dir}`, modernScriptsProbe(dir));
      if (!outcome.ok) throw new JobFailure(`Could not check the scripts in ${dir}: ${outcome.error}`);
      const verdict = evaluateModernScripts(outcome.stdout);
      if (!verdict.ok) throw new JobFailure(`${dir} is not ready: ${verdict.problems.join(' ')}`);
      context.log('info', 'Install-Containerd.ps1 and PrepareNode.ps1 parse and take the expected parameters.');
    });
    const rebooting = await context.step(modernSteps.containerd, async () => {
      onStep({ index: 1, total, name: modernSteps.containerd });
      const run = await runNodeScript(context, shell, `Install-Containerd.ps1 -ContainerDVersion ${request.containerdVersion}`, installContainerdScript({ dir, containerdVersion: request.containerdVersion }), minutes(30));
      const outcome = installContainerdOutcome(run.lines, run.connectionLost ? null : run.exitCode);
      if (outcome.rebootRequired) return true;
      if (!outcome.ok) {
        finish('failed', { outcome: 'failure', code: 'CONTAINERD_INSTALL_FAILED', message: outcome.message });
        throw new JobFailure(outcome.message);
      }
      return false;
    });
    if (rebooting) {
      const message = 'Install-Containerd.ps1 enabled the Containers feature and needs a restart. Restart the node, then run install again: it installs containerd and runs PrepareNode.ps1.';
      context.log('info', message);
      finish('rebooting', { outcome: 'success', code: 'REBOOT_REQUIRED', message });
      return;
    }
    await context.step(modernSteps.prepare, async () => {
      onStep({ index: 2, total, name: modernSteps.prepare });
      const run = await runNodeScript(context, shell, `PrepareNode.ps1 -KubernetesVersion ${request.kubernetesVersion}`, prepareNodeScript({ dir, kubernetesVersion: request.kubernetesVersion }), minutes(30));
      const outcome = prepareNodeOutcome(run.lines, run.connectionLost ? null : run.exitCode);
      // A node prepared before (a re-run after success) is ready all the same; PrepareNode.ps1 cannot run twice.
      if (outcome.code === 'ALREADY_PREPARED') context.log('info', `${outcome.message} Nothing else to do.`);
      else if (!outcome.ok) {
        finish('failed', { outcome: 'failure', code: `PREPARE_NODE_${outcome.code}`, message: outcome.message, ...(outcome.fix ? { fix: outcome.fix } : {}) });
        throw new JobFailure(`${outcome.message}${outcome.fix ? ` Fix: ${outcome.fix}` : ''}`);
      }
    });
    finish('succeeded', { outcome: 'success', code: 'INSTALLED', message: 'containerd, kubelet and kubeadm are installed. Join the node next.' });
  }

  async function join(
    context: JobContext,
    shell: WindowsShell,
    request: Extract<ModernRequest, { kind: 'modernNodeJoin' }>,
    finish: (state: 'succeeded' | 'failed', verdict: { outcome: 'success' | 'failure'; code: string; message: string; fix?: string }) => void,
  ): Promise<void> {
    await context.step(modernSteps.checkContainerd, async () => {
      const outcome = await runProbe(context, shell, 'Is containerd listening on its pipe?', containerdPipeProbe());
      if (!outcome.ok || outcome.stdout !== 'True') throw new JobFailure('containerd is not running on the node (no \\\\.\\pipe\\containerd-containerd). Run install first, and restart the node if it asked for it.');
    });
    await context.step(modernSteps.join, async () => {
      const script = kubeadmJoinScript({ apiServer: request.apiServer, token: request.token, caHash: request.caHash, kubernetesVersion: request.kubernetesVersion });
      const run = await runNodeScript(context, shell, `kubeadm join ${request.apiServer}`, script, minutes(15));
      const verdict = verdictFromKubeadmJoin(run.lines, run.connectionLost ? null : run.exitCode);
      const recorded = { outcome: verdict.outcome, code: verdict.code, message: verdict.message, ...(verdict.fix ? { fix: verdict.fix } : {}) };
      if (verdict.outcome === 'failure') {
        finish('failed', recorded);
        throw new JobFailure(`${verdict.message}${verdict.fix ? ` Fix: ${verdict.fix}` : ''}`);
      }
      finish('succeeded', recorded);
    });
  }

  async function reset(
    context: JobContext,
    shell: WindowsShell,
    request: Extract<ModernRequest, { kind: 'modernNodeReset' }>,
    finish: (state: 'succeeded' | 'failed', verdict: { outcome: 'success' | 'failure'; code: string; message: string; fix?: string }) => void,
  ): Promise<void> {
    await context.step(modernSteps.reset, async () => {
      const run = await runNodeScript(context, shell, 'kubeadm reset -f and clean-up', modernResetScript({}), minutes(15));
      if (run.exitCode !== 0) {
        const message = `The reset stopped with exit code ${run.exitCode ?? 'unknown'}: ${[...run.lines].reverse().find((line) => line.trim() !== '') ?? 'see the log'}`;
        finish('failed', { outcome: 'failure', code: 'RESET_FAILED', message });
        throw new JobFailure(message);
      }
    });
    if (request.controlPlane && request.nodeName) {
      const profile = request.controlPlane;
      const nodeName = request.nodeName;
      await context.step(modernSteps.deleteNode, async () => {
        const connection = deps.pool.get(profile);
        if (profile.auth.type === 'password') context.addSecret(profile.auth.password);
        if (profile.auth.type === 'key' && profile.auth.passphrase) context.addSecret(profile.auth.passphrase);
        try {
          await connection.connect();
        } catch (error) {
          throw new JobFailure(`The node was reset, but the control plane could not be reached to delete it: ${error instanceof Error ? error.message : String(error)}`);
        }
        const output = await runRemote(context, connection, ['kubectl', 'delete', 'node', nodeName], { notFound: /NotFound/ });
        context.log('info', output === undefined ? `Node ${nodeName} was not in the cluster.` : `Node ${nodeName} deleted from the cluster.`);
      });
    }
    finish('succeeded', { outcome: 'success', code: 'RESET_DONE', message: 'The node was reset.' });
  }
}
