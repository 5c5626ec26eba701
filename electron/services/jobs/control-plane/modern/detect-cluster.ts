import type { JobRequest } from '../../../../../shared/jobs/job-types.js';
import { ClusterReadError, parseApiServerEndpoint, parseFlannelVersion, parseNodeVersions, parseServerVersion, recommendJoinMethod } from '../../../../../shared/modern-join/cluster-version.js';
import { withJobShell, type RemoteCommandTarget } from '../../../ssh/job-shell.js';
import type { SshConnectionPool } from '../../../ssh/ssh-pool.js';
import { JobFailure, type JobContext, type JobDefinition } from '../../job-definition.js';
import { runRemote } from '../remote-commands.js';
import { connectForJob, withSshErrors } from '../ssh-job.js';

type Request = Extract<JobRequest, { kind: 'detectCluster' }>;

export const detectClusterSteps = ['Connect to the control plane', 'Read the cluster'] as const;

export interface ClusterDetails {
  kubernetesVersion: string;
  flannelVersion?: string;
  apiServerHost?: string;
  apiServerPort?: number;
  nodes: Array<{ name: string; os: string; kubeletVersion: string }>;
}

/** What the modern method needs to know about the cluster, each fact logged with the kubectl call behind it. */
export async function readClusterDetails(context: JobContext, connection: RemoteCommandTarget): Promise<ClusterDetails> {
  try {
    const server = parseServerVersion((await runRemote(context, connection, ['kubectl', 'version', '-o', 'json'])) ?? '');
    context.log('info', `Kubernetes ${server.gitVersion} on the API server.`);
    const nodes = parseNodeVersions((await runRemote(context, connection, ['kubectl', 'get', 'nodes', '-o', 'json'])) ?? '');
    for (const node of nodes) context.log('info', `node ${node.name}: ${node.os}, kubelet ${node.kubeletVersion}`);
    const flannel = parseFlannelVersion((await runRemote(context, connection, ['kubectl', 'get', 'ds', '-A', '-o', 'json'])) ?? '');
    context.log('info', flannel ? `Linux flannel ${flannel.version} (${flannel.daemonSet}, ${flannel.image}).` : 'No Linux flannel DaemonSet found: deploy flannel first (the Flannel step).');
    const endpoint = parseApiServerEndpoint((await runRemote(context, connection, ['kubectl', 'get', 'endpoints', 'kubernetes', '-o', 'json'])) ?? '');
    context.log('info', `API server endpoint ${endpoint.host}:${endpoint.port} (what Windows pods use instead of the service VIP).`);
    return {
      kubernetesVersion: server.gitVersion,
      ...(flannel ? { flannelVersion: flannel.version } : {}),
      apiServerHost: endpoint.host,
      apiServerPort: endpoint.port,
      nodes: nodes.map(({ name, os, kubeletVersion }) => ({ name, os, kubeletVersion })),
    };
  } catch (error) {
    if (error instanceof ClusterReadError) throw new JobFailure(error.message);
    throw error;
  }
}

/** `kubectl version` and friends over SSH: the cluster's version and the join method it supports. */
export function detectCluster(deps: { pool: SshConnectionPool }): JobDefinition<Request> {
  return {
    kind: 'detectCluster',
    title: (request) => `Detect the cluster at ${request.connection.host}`,
    steps: () => [...detectClusterSteps],
    conflictKey: (request) => `detect:${request.connection.host}:${request.connection.port}`,
    run: (context, request) =>
      withSshErrors(async () => {
        const connection = deps.pool.get(request.connection);
        await connectForJob(context, connection, request.connection, detectClusterSteps[0]);
        await context.step(detectClusterSteps[1], async () => {
          const details = await withJobShell(connection, (remote) => readClusterDetails(context, remote));
          const advice = recommendJoinMethod(details.kubernetesVersion);
          context.log('info', `Join method: ${advice.method === 'kubeadm' ? 'containerd + kubeadm' : 'KubeCluster.ps1'} — ${advice.reason}`);
          context.setResult({ kind: 'detectCluster', ...details });
        });
      }),
  };
}
