import { z } from 'zod';

export const nodeActionSchema = z.enum(['install', 'join', 'reset']);
export type NodeAction = z.infer<typeof nodeActionSchema>;

/**
 * Where the last install, join or reset of one node got to, kept by the main side on disk so that it survives
 * the node's reboot during `-install` and the app being closed. `rebooting` is written the moment the script
 * says it restarts the machine, before the restart can kill the app.
 */
export const nodeProgressSchema = z.object({
  targetKey: z.string(),
  targetLabel: z.string(),
  action: nodeActionSchema,
  /** Which join method ran: KubeCluster.ps1 (the default, for records written before the modern method existed) or kubeadm. */
  method: z.enum(['kubecluster', 'kubeadm']).default('kubecluster'),
  jobId: z.string(),
  state: z.enum(['running', 'rebooting', 'succeeded', 'failed', 'cancelled', 'interrupted']),
  /** The KubeCluster.ps1 phase the run was in when it last reported, for "stopped at step 3 of 8". */
  step: z.object({ index: z.number().int(), total: z.number().int(), name: z.string() }).optional(),
  /** The verdict read from the output (not only the exit code), once the run ended. */
  verdict: z.object({ outcome: z.enum(['success', 'failure']), code: z.string(), message: z.string(), fix: z.string().optional() }).optional(),
  /** How many join tries this node has had since its last install or reset (each a fresh PowerShell process). */
  joinAttempts: z.number().int().min(0),
  updatedAt: z.string(),
});
export type NodeProgress = z.infer<typeof nodeProgressSchema>;

/** What the operator reads after reopening the app: where the node stopped and what to do next. */
export function describeNodeProgress(progress: NodeProgress): { summary: string; next: 'join' | 'install' | 'verify' | 'retry-join' | 'none' } {
  const step = progress.step ? ` at step ${progress.step.index} of ${progress.step.total} (${progress.step.name})` : '';
  switch (progress.action) {
    case 'install':
      if (progress.method === 'kubeadm' && progress.state === 'rebooting') {
        return { summary: `Install stopped${step}: Install-Containerd.ps1 enabled the Containers feature, which needs a restart. After the restart, run install again: it installs containerd and runs PrepareNode.ps1.`, next: 'install' };
      }
      if (progress.state === 'rebooting' || progress.verdict?.code === 'REBOOT_REQUIRED') {
        return { summary: `Install stopped${step} because the machine restarts to finish enabling the Containers feature. After the restart KubeCluster.ps1 resumes the install by itself; when its window says it is done, continue with join.`, next: 'join' };
      }
      if (progress.state === 'succeeded') return { summary: 'Install finished. Join this node to the cluster next.', next: 'join' };
      if (progress.state === 'running') return { summary: `Install is running${step}.`, next: 'none' };
      return { summary: `Install ${progress.state === 'cancelled' ? 'was cancelled' : progress.state === 'interrupted' ? 'was interrupted' : 'failed'}${step}. ${progress.verdict?.fix ?? 'Read the log, fix the cause and run install again.'}`, next: 'install' };
    case 'join':
      if (progress.state === 'succeeded') return { summary: 'Join finished. Verify that the node is Ready.', next: 'verify' };
      if (progress.state === 'running') return { summary: `Join try ${progress.joinAttempts} is running${step}.`, next: 'none' };
      return { summary: `Join try ${progress.joinAttempts} ${progress.state === 'failed' ? 'failed' : `was ${progress.state}`}${step}. ${progress.verdict?.fix ?? 'Read its log, fix the cause, then retry: each try runs in a fresh PowerShell process.'}`, next: 'retry-join' };
    case 'reset':
      if (progress.state === 'succeeded') return { summary: 'Reset finished: the node left the cluster. Install or join again when ready.', next: 'install' };
      if (progress.state === 'running') return { summary: `Reset is running${step}.`, next: 'none' };
      return { summary: `Reset ${progress.state}${step}. ${progress.verdict?.fix ?? 'Read the log and run reset again.'}`, next: 'none' };
  }
}
