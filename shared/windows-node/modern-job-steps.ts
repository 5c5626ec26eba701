import type { NodeAction } from './node-progress.js';
import { nodeJobOwnSteps } from './node-job-steps.js';
import type { WindowsTarget } from './windows-target.js';

/** The modern method's steps (containerd + PrepareNode.ps1 + kubeadm join), named as the jobs report them. */
export const modernSteps = {
  download: 'Download the pinned scripts',
  verify: 'Verify Install-Containerd.ps1 and PrepareNode.ps1',
  containerd: 'Install containerd',
  prepare: 'Prepare the node (PrepareNode.ps1)',
  checkContainerd: 'Check containerd',
  join: 'Run kubeadm join',
  reset: 'Reset the node',
  deleteNode: 'Remove the node from the cluster',
} as const;

export function modernJobSteps(action: NodeAction, target: WindowsTarget, options: { download?: boolean; deleteNode?: boolean } = {}): string[] {
  const steps: string[] = target.type === 'ssh' ? [nodeJobOwnSteps.connect] : [];
  steps.push(nodeJobOwnSteps.administrator);
  if (action === 'install') {
    if (options.download) steps.push(modernSteps.download);
    steps.push(modernSteps.verify, modernSteps.containerd, modernSteps.prepare);
  } else if (action === 'join') {
    steps.push(modernSteps.checkContainerd, modernSteps.join);
  } else {
    steps.push(modernSteps.reset);
    if (options.deleteNode) steps.push(modernSteps.deleteNode);
  }
  return steps;
}
