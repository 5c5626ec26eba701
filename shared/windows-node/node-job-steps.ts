import { kubeClusterPhases } from '../kubecluster/kubecluster-phases.js';
import type { NodeAction } from './node-progress.js';
import type { KubeadmSource, WindowsTarget } from './windows-target.js';

/** Steps the app runs itself around KubeCluster.ps1; the script's own phases follow them. */
export const nodeJobOwnSteps = {
  connect: 'Connect to the node',
  administrator: 'Check administrator rights',
  prepare: 'Prepare the kubeadm folder',
  verifyFolder: 'Verify KubeCluster.ps1',
  writeConfig: 'Write the configuration file',
} as const;

/**
 * The full step list of an install, join or reset job, known before it starts (for "step n of m"): the app's
 * preparation, then KubeCluster.ps1's phases for that mode, named as the output parser reports them.
 */
export function nodeJobSteps(action: NodeAction, target: WindowsTarget, source?: KubeadmSource): string[] {
  const own: string[] = [];
  if (target.type === 'ssh') own.push(nodeJobOwnSteps.connect);
  own.push(nodeJobOwnSteps.administrator);
  if (action === 'install' && source?.type !== 'folder') own.push(nodeJobOwnSteps.prepare);
  own.push(nodeJobOwnSteps.verifyFolder, nodeJobOwnSteps.writeConfig);
  return [...own, ...kubeClusterPhases[action].map((phase) => phase.name)];
}
