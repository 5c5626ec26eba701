import { formatHostPort, isBootstrapToken, isHost, normaliseCaHash } from '../../../../shared/modern-join/endpoint.js';
import type { JoinMethodDraft, NodeTargetsDraft, PlanSecrets } from '../../../../shared/plan/plan-schema.js';
import type { NodeAction } from '../../../../shared/windows-node/node-progress.js';
import { adviceFor, containerdVersionOf, disabledReason, joinMethodNames, kubernetesVersionOf, type JoinMethod } from './join-method-model.js';

/** kubeadm join goes to the API server on the control-plane address the Node config step holds. */
export const API_SERVER_PORT = 6443;

/** `10.0.0.4:6443` (an IPv6 address bracketed), or undefined while the address is not a host. */
export function apiServerFor(controlPlaneIp: string): string | undefined {
  const host = controlPlaneIp.trim();
  return isHost(host) ? formatHostPort({ host, port: API_SERVER_PORT }) : undefined;
}

/** For running text: the real address, or what it will be. */
export function apiServerText(controlPlaneIp: string): string {
  return apiServerFor(controlPlaneIp) ?? `<control-plane IP>:${API_SERVER_PORT}`;
}

/** Everything the chosen join method sends to the node, each value only when it is valid, and what is missing by action. */
export interface JoinSettings {
  method: JoinMethod;
  /** `v1.29.6`. */
  kubernetesVersion: string | undefined;
  /** `1.7.1`. */
  containerdVersion: string | undefined;
  /** Where Install-Containerd.ps1 and PrepareNode.ps1 come from (the modern method has no archive). */
  modernSource: 'download' | 'folder' | undefined;
  apiServer: string | undefined;
  token: string | undefined;
  caHash: string | undefined;
  /** What stands between the operator and each action because of the method, each naming its fix. */
  problems: Record<NodeAction, string[]>;
}

export interface JoinSettingsInputs {
  joinMethod: JoinMethodDraft;
  source: NodeTargetsDraft['source'];
  secrets: PlanSecrets;
  /** The control-plane address as the Node config step holds it. */
  controlPlaneIp: string;
}

const IN_STEP_3 = 'under “Join method” in step 3 (Node config)';

function versionProblem(typed: string, parsed: string | undefined, what: string, example: string): string | undefined {
  if (parsed) return undefined;
  return typed.trim() === '' ? `Set the ${what} ${IN_STEP_3}, e.g. ${example}, or detect it from the cluster.` : `The ${what} “${typed.trim()}” is not a version such as ${example}: fix it ${IN_STEP_3}.`;
}

/**
 * The join method's values as the jobs take them. KubeCluster.ps1 needs none of them (its file carries the
 * rest), but a cluster version that rules it out still stops install and join, naming the other method.
 */
export function joinSettingsOf(inputs: JoinSettingsInputs): JoinSettings {
  const { joinMethod, secrets } = inputs;
  const method = joinMethod.method;
  const kubernetesVersion = kubernetesVersionOf(joinMethod.kubernetesVersion);
  const containerdVersion = containerdVersionOf(joinMethod.containerdVersion);
  const modernSource = inputs.source === 'download' || inputs.source === 'folder' ? inputs.source : undefined;
  const apiServer = apiServerFor(inputs.controlPlaneIp);
  const token = isBootstrapToken(secrets.kubeadmToken.trim()) ? secrets.kubeadmToken.trim() : undefined;
  const caHash = normaliseCaHash(secrets.kubeadmCaHash.trim());
  const problems: Record<NodeAction, string[]> = { install: [], join: [], reset: [] };

  const ruledOut = disabledReason(method, adviceFor(joinMethod.kubernetesVersion));
  if (ruledOut) {
    const other = method === 'kubeadm' ? 'kubecluster' : 'kubeadm';
    const problem = `${joinMethodNames[method]} does not fit this cluster: ${ruledOut} Choose ${joinMethodNames[other]} ${IN_STEP_3}.`;
    problems.install.push(problem);
    problems.join.push(problem);
  }
  if (method === 'kubecluster') return { method, kubernetesVersion, containerdVersion, modernSource, apiServer, token, caHash, problems };

  const version = versionProblem(joinMethod.kubernetesVersion, kubernetesVersion, 'Kubernetes version', 'v1.29.6');
  if (!modernSource) problems.install.push('Choose where Install-Containerd.ps1 and PrepareNode.ps1 come from under “Where to run”: download them, or the work folder already has them (this method uses no archive).');
  if (version) problems.install.push(version);
  const containerd = versionProblem(joinMethod.containerdVersion, containerdVersion, 'containerd version', '1.7.1');
  if (containerd) problems.install.push(containerd);

  if (version) problems.join.push(version);
  if (!apiServer) problems.join.push('Enter the control-plane IP address in step 3 (Node config): kubeadm join goes to it on port 6443.');
  if (!token) {
    problems.join.push(
      secrets.kubeadmToken.trim() === ''
        ? 'Fetch the join token in step 3 (Node config) with “Fetch token and CA hash”, or type it there.'
        : 'The kubeadm token is not like abcdef.0123456789abcdef: fetch a fresh one in step 3 (Node config).',
    );
  }
  if (!caHash) {
    problems.join.push(
      secrets.kubeadmCaHash.trim() === ''
        ? 'Fetch the CA hash in step 3 (Node config) with “Fetch token and CA hash”, or type it there.'
        : 'The CA hash is not sha256: followed by 64 hex digits: fetch it again in step 3 (Node config).',
    );
  }
  return { method, kubernetesVersion, containerdVersion, modernSource, apiServer, token, caHash, problems };
}
