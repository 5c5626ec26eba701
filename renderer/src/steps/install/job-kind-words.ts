/** How the step names each node job kind, whichever join method started it. */
export const nodeJobVerbs: Readonly<Record<string, string>> = {
  nodeInstall: 'Install',
  nodeJoin: 'Join',
  nodeReset: 'Reset',
  modernNodeInstall: 'Install',
  modernNodeJoin: 'Join',
  modernNodeReset: 'Reset',
};

/** The kinds whose end changes the node's saved progress. */
export const nodeProgressKinds: ReadonlySet<string> = new Set(Object.keys(nodeJobVerbs));

/** containerd + kubeadm's jobs. */
export function isModernNodeJob(kind: string): boolean {
  return kind.startsWith('modernNode');
}
