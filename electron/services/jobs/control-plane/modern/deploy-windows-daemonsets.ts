import type { JobRequest } from '../../../../../shared/jobs/job-types.js';
import { HostProcessManifestError, renderHostProcessManifests } from '../../../../../shared/modern-join/hostprocess-manifests.js';
import { HostProcessValuesError } from '../../../../../shared/modern-join/hostprocess-values.js';
import { withJobShell, type RemoteCommandTarget } from '../../../ssh/job-shell.js';
import type { SshConnectionPool } from '../../../ssh/ssh-pool.js';
import { JobFailure, type JobContext, type JobDefinition } from '../../job-definition.js';
import { runRemote } from '../remote-commands.js';
import { connectForJob, withSshErrors } from '../ssh-job.js';
import { readClusterDetails } from './detect-cluster.js';

type Request = Extract<JobRequest, { kind: 'deployWindowsDaemonSets' }>;

export const deployWindowsDaemonSetsSteps = [
  'Connect to the control plane',
  'Read the cluster',
  'Render the HostProcess manifests',
  'Apply the manifests',
  'Verify the Windows DaemonSets',
] as const;

const windowsDaemonSets = [
  { namespace: 'kube-flannel', name: 'kube-flannel-ds-windows-amd64' },
  { namespace: 'kube-system', name: 'kube-proxy-windows' },
] as const;

interface DaemonSetState {
  windowsOnly: boolean;
  desired: number;
  ready: number;
}

function daemonSetState(json: string): DaemonSetState {
  const parsed = JSON.parse(json) as {
    spec?: { template?: { spec?: { nodeSelector?: Record<string, string>; affinity?: unknown } } };
    status?: { desiredNumberScheduled?: number; numberReady?: number };
  };
  const podSpec = parsed.spec?.template?.spec;
  const selector = podSpec?.nodeSelector?.['kubernetes.io/os'];
  const affinity = JSON.stringify(podSpec?.affinity ?? {});
  const windowsOnly = selector === 'windows' || (/kubernetes\.io\/os/.test(affinity) && /"windows"/.test(affinity) && !/"linux"/.test(affinity));
  return { windowsOnly, desired: parsed.status?.desiredNumberScheduled ?? 0, ready: parsed.status?.numberReady ?? 0 };
}

/**
 * The modern method's control-plane half: flannel and kube-proxy for Windows as HostProcess DaemonSets, with
 * FLANNEL_VERSION matched to the Linux flannel, KUBE_PROXY_VERSION to the cluster, the API server's real address
 * (Windows pods cannot use the service VIP) and the plan's service CIDR; applied, then checked to select only
 * Windows nodes and, where Windows nodes exist, to have their pods ready.
 */
export function deployWindowsDaemonSets(deps: { pool: SshConnectionPool; pollIntervalMs?: number }): JobDefinition<Request> {
  return {
    kind: 'deployWindowsDaemonSets',
    title: (request) => `Deploy the Windows DaemonSets on ${request.connection.host}`,
    steps: () => [...deployWindowsDaemonSetsSteps],
    conflictKey: (request) => `control-plane:${request.connection.host}:${request.connection.port}`,
    run: (context, request) => withSshErrors(() => deploy(context, request)),
  };

  async function deploy(context: JobContext, request: Request): Promise<void> {
    const connect = deployWindowsDaemonSetsSteps[0];
    const connection = deps.pool.get(request.connection);
    await connectForJob(context, connection, request.connection, connect);
    await withJobShell(connection, (remote) => deployOver(context, request, remote));
  }

  /** The steps after connecting, over one shell for the whole job. */
  async function deployOver(context: JobContext, request: Request, remote: RemoteCommandTarget): Promise<void> {
    const [, read, render, apply, verify] = deployWindowsDaemonSetsSteps;
    const details = await context.step(read, () => readClusterDetails(context, remote));
    const rendered = await context.step(render, async () => {
      if (!details.flannelVersion) throw new JobFailure('No Linux flannel runs on the cluster yet: configure the control plane (flannel) first, then deploy the Windows DaemonSets.');
      const kubeProxyVersion = /^v\d+\.\d+\.\d+/.exec(details.kubernetesVersion)?.[0] ?? details.kubernetesVersion;
      try {
        const result = renderHostProcessManifests(
          { flannelVersion: details.flannelVersion, kubeProxyVersion, apiServerHost: details.apiServerHost ?? '', apiServerPort: details.apiServerPort ?? 6443, serviceSubnet: request.serviceCidr },
          request.manifests,
        );
        for (const change of result.changes) context.log('info', `${change.file}: ${change.path}: ${change.from} → ${change.to}`);
        for (const warning of result.warnings) context.log('info', `Note: ${warning}`);
        return result;
      } catch (error) {
        if (error instanceof HostProcessValuesError || error instanceof HostProcessManifestError) throw new JobFailure(`The manifests cannot be rendered: ${error.message}`);
        throw error;
      }
    });
    await context.step(apply, async () => {
      for (const file of rendered.files) {
        context.log('info', `Applying ${file.name}`);
        await runRemote(context, remote, ['kubectl', 'apply', '-f', '-'], { stdin: file.text, logStdout: true });
      }
    });
    await context.step(verify, () => verifyDaemonSets(context, remote, details.nodes.filter((node) => node.os === 'windows').length, request.verifyTimeoutSeconds ?? 120));
  }

  async function verifyDaemonSets(context: JobContext, connection: RemoteCommandTarget, windowsNodes: number, timeoutSeconds: number): Promise<void> {
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (;;) {
      const states = [];
      for (const daemonSet of windowsDaemonSets) {
        const json = await runRemote(context, connection, ['kubectl', '-n', daemonSet.namespace, 'get', 'ds', daemonSet.name, '-o', 'json']);
        const state = daemonSetState(json ?? '{}');
        if (!state.windowsOnly) throw new JobFailure(`${daemonSet.namespace}/${daemonSet.name} does not select only Windows nodes; it would break the Linux nodes. Check the manifest.`);
        states.push({ ...daemonSet, ...state });
      }
      for (const state of states) context.log('info', `${state.namespace}/${state.name}: Windows nodes only; ${state.ready} of ${state.desired} pods ready.`);
      if (windowsNodes === 0) {
        context.log('info', 'No Windows node has joined yet: the pods start on each Windows node as it joins (verify the node after the join).');
        return;
      }
      if (states.every((state) => state.desired > 0 && state.ready === state.desired)) return;
      if (Date.now() > deadline) throw new JobFailure(`The Windows DaemonSets' pods were not ready within ${timeoutSeconds} s; read the pods' events (kubectl -n kube-flannel describe pod …).`);
      await new Promise((resolve) => setTimeout(resolve, deps.pollIntervalMs ?? 3000));
      if (context.signal.aborted) return;
    }
  }
}
