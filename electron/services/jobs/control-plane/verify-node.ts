import { describeNode, type NodeReadiness } from '../../../../shared/control-plane/node-readiness.js';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import type { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobFailure, type JobContext, type JobDefinition } from '../job-definition.js';
import { runRemote } from './remote-commands.js';
import { withJobShell } from '../../ssh/job-shell.js';
import { connectForJob, withSshErrors } from './ssh-job.js';

export type VerifyNodeRequest = Extract<JobRequest, { kind: 'verifyNode' }>;

export const verifyNodeSteps = ['Connect to the control plane', 'Wait for the node to be Ready', 'Report the node'] as const;
export const defaultVerifyTimeoutSeconds = 300;
const defaultPollIntervalMs = 3000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

function state(node: NodeReadiness): string {
  if (!node.found) return 'not registered yet';
  return node.ready ? 'Ready' : `NotReady (${node.reason ?? 'no reason given'})`;
}

/**
 * After a join: asks the control plane (`kubectl get nodes -o json`) until the node is registered and Ready,
 * showing each poll against a visible deadline, then logs its OS, kubelet version and internal IP.
 */
export function verifyNode(deps: { pool: SshConnectionPool; pollIntervalMs?: number }): JobDefinition<VerifyNodeRequest> {
  const pollIntervalMs = deps.pollIntervalMs ?? defaultPollIntervalMs;
  return {
    kind: 'verifyNode',
    title: (request) => `Verify node ${request.nodeName} on ${request.connection.host}`,
    steps: () => [...verifyNodeSteps],
    conflictKey: (request) => `verify-node:${request.connection.host}:${request.connection.port}:${request.nodeName.toLowerCase()}`,
    run: (context, request) => withSshErrors(() => verify(context, request)),
  };

  async function verify(context: JobContext, request: VerifyNodeRequest): Promise<void> {
    const connection = deps.pool.get(request.connection);
    const [connect, wait, report] = verifyNodeSteps;
    const name = request.nodeName.trim();
    const timeoutSeconds = request.timeoutSeconds ?? defaultVerifyTimeoutSeconds;
    await connectForJob(context, connection, request.connection, connect);

    // one shell for the whole wait: a poll every few seconds costs a command, not a new SSH session
    const node = await context.step(wait, () =>
      withJobShell(connection, async (remote) => {
        const started = Date.now();
        for (;;) {
          const json = (await runRemote(context, remote, ['kubectl', 'get', 'nodes', '-o', 'json'])) ?? '';
          const seen = describeNode(json, name);
          const elapsed = Math.round((Date.now() - started) / 1000);
          context.log('info', `node ${name}: ${state(seen)} — ${elapsed} s of ${timeoutSeconds} s`);
          if (seen.ready) return seen;
          if (elapsed >= timeoutSeconds) {
            throw new JobFailure(
              seen.found
                ? `Node ${name} was not Ready after ${timeoutSeconds} s; last seen NotReady (${seen.reason ?? 'no reason given'}). ` +
                    `Check \`kubectl describe node ${seen.name ?? name}\` on the control plane and the kubelet logs on the node.`
                : `Node ${name} did not register with the control plane within ${timeoutSeconds} s (kubectl get nodes does not list it). ` +
                    `Check that the join finished and the kubelet runs on the node (its logs), that the name matches the node's host name, and \`kubectl describe node ${name}\` once it appears.`,
            );
          }
          await sleep(pollIntervalMs, context.signal);
          if (context.signal.aborted) throw new JobFailure('Cancelled.');
        }
      }),
    );

    await context.step(report, () => {
      context.log('info', `Node ${node.name ?? name} is Ready.`);
      context.log('info', `OS: ${node.os ?? 'unknown'}${node.osImage ? ` (${node.osImage}${node.kernelVersion ? `, kernel ${node.kernelVersion}` : ''})` : ''}`);
      context.log('info', `Kubelet: ${node.kubeletVersion ?? 'unknown'}`);
      context.log('info', `Internal IP: ${node.internalIp ?? 'unknown'}`);
      context.log('info', `Container runtime: ${node.containerRuntime ?? 'unknown'}`);
      return Promise.resolve();
    });
  }
}
