import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import type { NodeAction } from '../../../../shared/windows-node/node-progress.js';
import type { KubeadmSource, NodeWork } from '../../../../shared/windows-node/windows-target.js';
import type { HostKeyVerdict } from '../flannel/flannel-session.js';

export type NodeRunKind = 'preflight' | NodeAction;
export const nodeRunKinds: readonly NodeRunKind[] = ['preflight', 'install', 'join', 'reset'];

/** The job kind of each action, as `jobs.start` and the job list name it. */
export const nodeJobKinds: Record<NodeRunKind, JobRequest['kind']> = { preflight: 'preflight', install: 'nodeInstall', join: 'nodeJoin', reset: 'nodeReset' };

export interface NodeRunInputs {
  work: NodeWork;
  /** Only install needs it; undefined while the archive path is invalid. */
  source: KubeadmSource | undefined;
  configText: string;
  /** The control plane for preflight's checks there, when its connection is complete and its host key trusted. */
  controlPlane?: SshProfile | undefined;
  /** Remote nodes at once (the main side queues the rest); only sent for remote targets. */
  concurrency?: number | undefined;
}

/** The `jobs.start` request of one action; reset only ever leaves here with the operator's confirmation. */
export function nodeRunRequest(kind: NodeRunKind, inputs: NodeRunInputs): JobRequest | undefined {
  const { work: node, configText } = inputs;
  const limit = node.target.type === 'ssh' && inputs.concurrency !== undefined ? { concurrency: inputs.concurrency } : {};
  switch (kind) {
    case 'preflight':
      return { kind: 'preflight', node, configText, ...(inputs.controlPlane ? { controlPlane: inputs.controlPlane } : {}) };
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
  const common: string[] = [];
  if (inputs.targetProblem) common.push(inputs.targetProblem);
  if (!inputs.workDirValid) common.push('Enter a valid work folder under “Where to run”.');
  if (!inputs.local && !inputs.targetProblem) {
    const problem = hostKeyProblem(inputs.hostKey);
    if (problem) common.push(problem);
  }
  // The jobs write the config to the node, so every job (preflight too) refuses one with errors.
  if (inputs.configErrors > 0) {
    const n = inputs.configErrors;
    common.push(`The node config has ${n} error${n === 1 ? '' : 's'}: fix ${n === 1 ? 'it' : 'them'} in step 3 (Node config).`);
  }
  const changing = [...common];
  if (inputs.local && inputs.elevated === false) changing.push('This app is not running as administrator: relaunch it as administrator first.');
  if (inputs.local && inputs.elevated === undefined) changing.push('Waiting for the app to say whether it has administrator rights.');
  const install = inputs.sourceValid ? changing : [...changing, 'Enter a valid archive path for KubeCluster.ps1 under “Where to run”.'];
  return { preflight: common, install, join: changing, reset: changing };
}
