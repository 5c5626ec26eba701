import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { nodeJobSteps } from '../../../../shared/windows-node/node-job-steps.js';
import type { NodeAction } from '../../../../shared/windows-node/node-progress.js';
import { windowsTargetKey, windowsTargetLabel } from '../../../../shared/windows-node/windows-target.js';
import type { NodeProgressStore } from '../../windows-node/node-progress-store.js';
import { JobFailure, type JobContext, type JobDefinition } from '../job-definition.js';
import { readConfigForJob } from './node-config-text.js';
import { shellForJob, type NodeJobDependencies } from './node-shell.js';
import { connectToNode, prepareKubeadmFolder, requireAdministrator, verifyKubeadmFolder, writeNodeConfig } from './prepare-node.js';
import { runKubeCluster } from './run-kubecluster.js';

type NodeActionRequest = Extract<JobRequest, { kind: 'nodeInstall' | 'nodeJoin' | 'nodeReset' }>;

export interface NodeActionDependencies extends NodeJobDependencies {
  progress: NodeProgressStore;
}

/** Remote nodes worked on at once when the request does not say; the rest wait `queued`. */
export const defaultRemoteConcurrency = 3;

const actionOf = { nodeInstall: 'install', nodeJoin: 'join', nodeReset: 'reset' } as const satisfies Record<NodeActionRequest['kind'], NodeAction>;
const verbs: Record<NodeAction, string> = { install: 'Install', join: 'Join', reset: 'Reset' };

/**
 * Install, join and reset of one Windows node, local or over SSH: connect, check administrator rights, prepare
 * and verify the kubeadm folder, write the config, then KubeCluster.ps1 in a fresh PowerShell process whose
 * output decides the outcome. Progress is recorded per node (node-progress-store.ts), so a restart of the node
 * or of the app shows where it stopped.
 */
export function nodeActionJob<K extends NodeActionRequest['kind']>(kind: K, deps: NodeActionDependencies): JobDefinition<Extract<NodeActionRequest, { kind: K }>> {
  const action = actionOf[kind];
  const definition: JobDefinition<NodeActionRequest> = {
    kind,
    title: (request) => {
      const attempt = action === 'join' ? ` (try ${(deps.progress.get(windowsTargetKey(request.node.target))?.joinAttempts ?? 0) + 1})` : '';
      return `${verbs[action]} ${windowsTargetLabel(request.node.target)}${attempt}`;
    },
    steps: (request) => nodeJobSteps(action, request.node.target, request.kind === 'nodeInstall' ? request.source : undefined),
    // One change at a time per node, whichever of install, join or reset it is.
    conflictKey: (request) => `windows-node:${windowsTargetKey(request.node.target)}`,
    concurrency: (request) => (request.node.target.type === 'ssh' ? { key: 'remote-windows-nodes', limit: request.concurrency ?? defaultRemoteConcurrency } : undefined),
    run,
  };
  // Each kind's definition takes only its own requests; the shared body handles all three.
  return definition as unknown as JobDefinition<Extract<NodeActionRequest, { kind: K }>>;

  async function run(context: JobContext, request: NodeActionRequest): Promise<void> {
    const config = readConfigForJob(context, request.configText);
    const { node } = request;
    const key = windowsTargetKey(node.target);
    const jobId = context.jobId;
    deps.progress.started(key, windowsTargetLabel(node.target), action, jobId);
    const shell = shellForJob(context, node.target, deps);
    try {
      await connectToNode(context, shell);
      await requireAdministrator(context, shell);
      if (request.kind === 'nodeInstall') await prepareKubeadmFolder(context, shell, node, request.source);
      await verifyKubeadmFolder(context, shell, node);
      await writeNodeConfig(context, shell, node, request.configText);
      if (action === 'reset') context.log('info', `Resetting ${shell.label} (confirmed by the operator); node ${config.Kubernetes.ControlPlane.IpAddress ? `of the cluster at ${config.Kubernetes.ControlPlane.IpAddress}` : ''} will leave the cluster.`);
      const outcome = await runKubeCluster(context, shell, node, action, {
        onStep: (step) => deps.progress.update(key, jobId, { step }),
        onReboot: () => deps.progress.update(key, jobId, { state: 'rebooting' }),
      });
      const { verdict } = outcome;
      const recorded = { outcome: verdict.outcome, code: verdict.code, message: verdict.message, ...(verdict.fix ? { fix: verdict.fix } : {}) };
      if (verdict.outcome === 'failure') {
        deps.progress.update(key, jobId, { state: 'failed', verdict: recorded });
        throw new JobFailure(`${verdict.message}${verdict.fix ? ` Fix: ${verdict.fix}` : ''}`);
      }
      deps.progress.update(key, jobId, { state: outcome.rebootRequired ? 'rebooting' : 'succeeded', verdict: recorded });
      if (outcome.rebootRequired) context.log('info', 'The node restarts now. After the restart, KubeCluster.ps1 finishes the install by itself; then continue with join.');
    } catch (error) {
      const state = context.signal.aborted ? 'cancelled' : 'failed';
      if (deps.progress.get(key)?.state === 'running') deps.progress.update(key, jobId, { state });
      throw error;
    }
  }
}
