import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import type { NodeAction } from '../../../../shared/windows-node/node-progress.js';
import type { KubeadmSource, NodeWork } from '../../../../shared/windows-node/windows-target.js';
import type { HostKeyVerdict } from '../flannel/flannel-session.js';
import type { JoinMethod } from '../join-method/join-method-model.js';
import type { JoinSettings } from '../join-method/join-settings.js';

export type NodeRunKind = 'preflight' | NodeAction;
export const nodeRunKinds: readonly NodeRunKind[] = ['preflight', 'install', 'join', 'reset'];

/** The job kind of each action, as `jobs.start` and the job list name it, by join method. */
export const nodeJobKinds: Record<NodeRunKind, JobRequest['kind']> = { preflight: 'preflight', install: 'nodeInstall', join: 'nodeJoin', reset: 'nodeReset' };
export const modernJobKinds: Record<NodeAction, JobRequest['kind']> = { install: 'modernNodeInstall', join: 'modernNodeJoin', reset: 'modernNodeReset' };

export interface NodeRunInputs {
  work: NodeWork;
  /** Only install needs it; undefined while the archive path is invalid. */
  source: KubeadmSource | undefined;
  configText: string;
  /** The control plane for preflight's checks there, when its connection is complete and its host key trusted. */
  controlPlane?: SshProfile | undefined;
  /** Remote nodes at once (the main side queues the rest); only sent for remote targets. */
  concurrency?: number | undefined;
  /** The join method's values; without it (or with KubeCluster.ps1) the KubeCluster.ps1 jobs start. */
  join?: Omit<JoinSettings, 'problems'> | undefined;
  /** Reset with containerd + kubeadm: the node to delete from the cluster, over `controlPlane`. */
  nodeName?: string | undefined;
}

/** containerd + kubeadm: the same machine, without a config file (the values go to the scripts themselves). */
function modernRequest(kind: NodeAction, inputs: NodeRunInputs, join: Omit<JoinSettings, 'problems'>, limit: { concurrency?: number }): JobRequest | undefined {
  const node = { target: inputs.work.target, workDir: inputs.work.workDir };
  const { kubernetesVersion, containerdVersion, modernSource, apiServer, token, caHash } = join;
  switch (kind) {
    case 'install':
      if (!modernSource || !kubernetesVersion || !containerdVersion) return undefined;
      return { kind: 'modernNodeInstall', node, source: modernSource, containerdVersion, kubernetesVersion, ...limit };
    case 'join':
      if (!apiServer || !token || !caHash || !kubernetesVersion) return undefined;
      return { kind: 'modernNodeJoin', node, apiServer, token, caHash, kubernetesVersion, ...limit };
    case 'reset': {
      // The node object is deleted only with both its name and a usable control plane; otherwise the node alone is reset.
      const deletes = inputs.nodeName && inputs.controlPlane ? { nodeName: inputs.nodeName, controlPlane: inputs.controlPlane } : {};
      return { kind: 'modernNodeReset', node, confirmed: true, ...deletes, ...limit };
    }
  }
}

/** The `jobs.start` request of one action; reset only ever leaves here with the operator's confirmation. */
export function nodeRunRequest(kind: NodeRunKind, inputs: NodeRunInputs): JobRequest | undefined {
  const { work: node, configText } = inputs;
  const limit = node.target.type === 'ssh' && inputs.concurrency !== undefined ? { concurrency: inputs.concurrency } : {};
  const method: JoinMethod | undefined = inputs.join?.method;
  if (kind !== 'preflight' && inputs.join && method === 'kubeadm') return modernRequest(kind, inputs, inputs.join, limit);
  switch (kind) {
    case 'preflight':
      return { kind: 'preflight', node, configText, ...(inputs.controlPlane ? { controlPlane: inputs.controlPlane } : {}), ...(method ? { method } : {}) };
    case 'install':
      return inputs.source ? { kind: 'nodeInstall', node, source: inputs.source, configText, ...limit } : undefined;
    case 'join':
      return { kind: 'nodeJoin', node, configText, ...limit };
    case 'reset':
      return { kind: 'nodeReset', node, configText, confirmed: true, ...limit };
  }
}

export interface BlockerInputs {
  local: boolean;
  /** From `app.info`; undefined until it answered. */
  elevated: boolean | undefined;
  /** Why the target itself is not ready (an incomplete node row), if it is not. */
  targetProblem?: string | undefined;
  workDirValid: boolean;
  sourceValid: boolean;
  /** The remote node's host-key decision this session (ignored for this machine). */
  hostKey?: HostKeyVerdict | undefined;
  configErrors: number;
  /** The join method and what it still misses by action (versions, token, CA hash, API server, source). */
  join?: Pick<JoinSettings, 'method' | 'problems'> | undefined;
}

const hostKeyNeeds: Record<Exclude<HostKeyVerdict['status'], 'trusted'>, string> = {
  checking: 'The node’s host key is being checked.',
  unknown: 'Decide whether to trust the node’s host key.',
  refused: 'The node’s host key was refused: check it again and trust it to continue.',
  changed: 'The node’s host key has changed: resolve the warning at the node.',
  forgotten: 'Check the node’s host key again now that the old one is forgotten.',
  failed: 'The node’s host key check failed: see the message at the node.',
};

export function hostKeyProblem(verdict: HostKeyVerdict | undefined): string | undefined {
  if (!verdict) return 'Check the node’s host key under “Where to run” (trust is asked once per session).';
  return verdict.status === 'trusted' ? undefined : hostKeyNeeds[verdict.status];
}

/**
 * What stands between the operator and each action, in the order they would fix it. Preflight only reads, so it
 * does not need administrator rights (its first check reports them).
 */
export function nodeRunBlockers(inputs: BlockerInputs): Record<NodeRunKind, string[]> {
  const target: string[] = [];
  if (inputs.targetProblem) target.push(inputs.targetProblem);
  if (!inputs.workDirValid) target.push('Enter a valid work folder under “Where to run”.');
  if (!inputs.local && !inputs.targetProblem) {
    const problem = hostKeyProblem(inputs.hostKey);
    if (problem) target.push(problem);
  }
  // KubeCluster.ps1's jobs write the config to the node, and preflight reads it, so they refuse one with errors;
  // containerd + kubeadm's install, join and reset take no config file.
  const config: string[] = [];
  if (inputs.configErrors > 0) {
    const n = inputs.configErrors;
    config.push(`The node config has ${n} error${n === 1 ? '' : 's'}: fix ${n === 1 ? 'it' : 'them'} in step 3 (Node config).`);
  }
  const modern = inputs.join?.method === 'kubeadm';
  const changing = modern ? [...target] : [...target, ...config];
  if (inputs.local && inputs.elevated === false) changing.push('This app is not running as administrator: relaunch it as administrator first.');
  if (inputs.local && inputs.elevated === undefined) changing.push('Waiting for the app to say whether it has administrator rights.');
  const problems = inputs.join?.problems ?? { install: [], join: [], reset: [] };
  const install = modern || inputs.sourceValid ? changing : [...changing, 'Enter a valid archive path for KubeCluster.ps1 under “Where to run”.'];
  return {
    preflight: [...target, ...config],
    install: [...install, ...problems.install],
    join: [...changing, ...problems.join],
    reset: [...changing, ...problems.reset],
  };
}
