import { describe, expect, it } from 'vitest';
import { KubectlOutputError } from './cluster-facts.js';
import { describeNode } from './node-readiness.js';

// Shapes from kubectl-outputs.md §2 (4-space indent, sorted keys, List wrapper; a Windows Server 2019 node).
const list = (items: unknown[]) => JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '', selfLink: '' } }, null, 4);

const notReadyMessage = 'runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized';
const condition = (type: string, status: string, reason: string, message: string) => ({
  lastHeartbeatTime: '2020-01-15T10:40:31Z',
  lastTransitionTime: '2020-01-15T10:20:30Z',
  message,
  reason,
  status,
  type,
});
const pressure = [
  condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
  condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
  condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
];

function windowsNode(options: { name?: string; ready?: unknown; labels?: Record<string, string>; runtime?: string; addresses?: unknown[] } = {}) {
  const name = options.name ?? 'win-h2a5c8d1f3g';
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      creationTimestamp: '2020-01-15T10:20:30Z',
      labels: options.labels ?? { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'windows', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'windows' },
      name,
      selfLink: `/api/v1/nodes/${name}`,
    },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
    status: {
      addresses: options.addresses ?? [
        { address: '10.0.0.6', type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      conditions: options.ready === undefined ? [...pressure, condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')] : options.ready,
      nodeInfo: {
        architecture: 'amd64',
        bootID: '',
        containerRuntimeVersion: options.runtime ?? 'docker://19.3.2',
        kernelVersion: '10.0.17763.805',
        kubeProxyVersion: 'v1.16.2',
        kubeletVersion: 'v1.16.2',
        machineID: name.toUpperCase(),
        operatingSystem: 'windows',
        osImage: 'Windows Server 2019 Datacenter',
        systemUUID: '',
      },
    },
  };
}

const master = {
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { labels: { 'kubernetes.io/os': 'linux' }, name: 'k8s-master' },
  status: { addresses: [{ address: '10.0.0.4', type: 'InternalIP' }], conditions: [condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')], nodeInfo: { kubeletVersion: 'v1.16.2', operatingSystem: 'linux', osImage: 'Ubuntu 18.04.3 LTS' } },
};

const readyFacts = {
  found: true,
  ready: true,
  name: 'win-h2a5c8d1f3g',
  os: 'windows',
  osImage: 'Windows Server 2019 Datacenter',
  kernelVersion: '10.0.17763.805',
  kubeletVersion: 'v1.16.2',
  internalIp: '10.0.0.6',
  containerRuntime: 'docker://19.3.2',
};

describe('describeNode (kubectl get nodes -o json)', () => {
  it.each([
    ['Ready, transcript §2.2 skeleton', list([master, windowsNode()]), 'win-h2a5c8d1f3g', readyFacts],
    ['host name upper case as Windows prints it', list([master, windowsNode()]), 'WIN-H2A5C8D1F3G', readyFacts],
    ['only the beta OS label (older kubelet)', list([windowsNode({ labels: { 'beta.kubernetes.io/os': 'windows' } })]), 'win-h2a5c8d1f3g', readyFacts],
    ['no OS label: nodeInfo.operatingSystem', list([windowsNode({ labels: {} })]), 'win-h2a5c8d1f3g', readyFacts],
    ['containerd runtime (§2.3)', list([windowsNode({ runtime: 'containerd://1.4.1' })]), 'win-h2a5c8d1f3g', { ...readyFacts, containerRuntime: 'containerd://1.4.1' }],
    ['single object, no List wrapper (§2.3)', JSON.stringify(windowsNode(), null, 4), 'win-h2a5c8d1f3g', readyFacts],
    ['no InternalIP address', list([windowsNode({ addresses: [{ address: 'win-h2a5c8d1f3g', type: 'Hostname' }] })]), 'win-h2a5c8d1f3g', { ...readyFacts, internalIp: undefined }],
  ])('%s', (_, json, name, expected) => {
    expect(describeNode(json, name)).toEqual(expected);
  });

  it('just joined, CNI not ready: NotReady with the kubelet reason and message', () => {
    const json = list([master, windowsNode({ ready: [...pressure, condition('Ready', 'False', 'KubeletNotReady', notReadyMessage)] })]);
    expect(describeNode(json, 'win-h2a5c8d1f3g')).toEqual({ ...readyFacts, ready: false, reason: `KubeletNotReady: ${notReadyMessage}` });
  });

  it('kubelet stopped: every condition Unknown', () => {
    const unknown = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => condition(type, 'Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.'));
    const described = describeNode(list([windowsNode({ ready: unknown })]), 'win-h2a5c8d1f3g');
    expect(described).toMatchObject({ found: true, ready: false, reason: 'status Unknown, NodeStatusUnknown: Kubelet stopped posting node status.' });
  });

  it('no conditions yet', () => {
    expect(describeNode(list([windowsNode({ ready: [] })]), 'win-h2a5c8d1f3g')).toMatchObject({ found: true, ready: false, reason: 'no Ready condition reported yet' });
  });

  it('a node not registered (yet)', () => {
    expect(describeNode(list([master]), 'win-other')).toEqual({ found: false, ready: false });
    expect(describeNode(list([]), 'win-h2a5c8d1f3g')).toEqual({ found: false, ready: false });
  });

  it('skips items that are not nodes, and rejects what is not a node list', () => {
    expect(describeNode(list([{ kind: 'Node' }, windowsNode()]), 'win-h2a5c8d1f3g')).toEqual(readyFacts);
    expect(() => describeNode('error: the server doesn\'t have a resource type "nodes"', 'x')).toThrow(KubectlOutputError);
    expect(() => describeNode(JSON.stringify({ kind: 'Pod', metadata: { name: 'x' } }), 'x')).toThrow(KubectlOutputError);
  });
});
