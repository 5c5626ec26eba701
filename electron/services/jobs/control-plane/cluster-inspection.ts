import { parseFlannelConfigMap, parseKubeadmConfig, parseNodes, parseServiceIp } from '../../../../shared/control-plane/cluster-facts.js';
import { comparePlanWithCluster, type ClusterFacts, type PlannedNetwork } from '../../../../shared/control-plane/compare-plan.js';
import type { RemoteCommandTarget } from '../../ssh/job-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';
import { runRemote } from './remote-commands.js';

const notFound = /NotFound|not found/;

/** Reads what the cluster says about its networking, each fact with the kubectl call that shows it. */
export async function readClusterFacts(context: JobContext, connection: RemoteCommandTarget, flannelNamespace: string): Promise<ClusterFacts> {
  const kubeadmConfig = await runRemote(context, connection, ['kubectl', '-n', 'kube-system', 'get', 'configmap', 'kubeadm-config', '-o', 'json']);
  const networking = parseKubeadmConfig(kubeadmConfig ?? '');
  context.log('info', `kubeadm ClusterConfiguration: podSubnet ${networking.podSubnet ?? '(not set)'}, serviceSubnet ${networking.serviceSubnet ?? '(not set)'}, Kubernetes ${networking.kubernetesVersion ?? '?'}`);

  const nodes = parseNodes((await runRemote(context, connection, ['kubectl', 'get', 'nodes', '-o', 'json'])) ?? '');
  for (const node of nodes) context.log('info', `node ${node.name}: ${node.os}, ${node.ready ? 'Ready' : 'NotReady'}, pod range ${node.podCidrs.join(', ') || '(none yet)'}`);

  const dnsJson = await runRemote(context, connection, ['kubectl', '-n', 'kube-system', 'get', 'service', 'kube-dns', '-o', 'json'], { notFound });
  const dnsIp = dnsJson === undefined ? undefined : parseServiceIp(dnsJson);
  context.log('info', dnsIp ? `kube-dns Service IP: ${dnsIp}` : 'No kube-dns Service found (CoreDNS not deployed yet); the DNS IP cannot be compared.');

  const flannelJson = await runRemote(context, connection, ['kubectl', '-n', flannelNamespace, 'get', 'configmap', 'kube-flannel-cfg', '-o', 'json'], { notFound });
  const flannel = flannelJson === undefined ? undefined : parseFlannelConfigMap(flannelJson);
  context.log('info', flannel ? `Deployed flannel: Network ${flannel.network ?? '?'}, backend ${flannel.backendType ?? '?'} VNI ${flannel.vni ?? 'default'} port ${flannel.port ?? 'default'}` : 'Flannel is not deployed yet.');
  return { networking, nodes, ...(dnsIp ? { dnsIp } : {}), ...(flannel ? { flannel } : {}) };
}

/** Refuses to change a cluster whose networking disagrees with the plan, showing both sides of each difference. */
export function requireAgreement(context: JobContext, plan: PlannedNetwork, facts: ClusterFacts): void {
  const mismatches = comparePlanWithCluster(plan, facts);
  for (const mismatch of mismatches) {
    context.log('stderr', `${mismatch.what}: plan ${mismatch.plan}, cluster ${mismatch.cluster}. ${mismatch.why}`);
  }
  if (mismatches.length > 0) {
    throw new JobFailure(`The cluster disagrees with the plan in ${mismatches.length} place${mismatches.length === 1 ? '' : 's'} (listed in the log); fix the plan or the cluster, then run again. Nothing was changed.`);
  }
  context.log('info', 'The cluster agrees with the plan.');
}
