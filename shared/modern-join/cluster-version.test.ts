import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  ClusterReadError,
  flannelVersionFromImage,
  parseApiServerEndpoint,
  parseFlannelVersion,
  parseNodeVersions,
  parseServerVersion,
  recommendJoinMethod,
} from './cluster-version.js';

const data = (path: string) => readFileSync(new URL(`../../../shared/mission/data/${path}`, import.meta.url), 'utf8');
/** kubectl's layout: 4-space indent, a List wrapper around several objects. */
const kubectlList = (items: unknown[]) => `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;
/** The DaemonSets of a manifest as the API server returns them (namespace defaulted). */
const daemonSetsOf = (yaml: string) =>
  parseAllDocuments(yaml)
    .flatMap((doc) => (Array.isArray(doc) ? [] : [doc.toJS() as Record<string, unknown>]))
    .filter((object) => object?.kind === 'DaemonSet')
    .map((object) => ({ ...object, metadata: { namespace: 'default', ...(object.metadata as object) } }));

describe('parseServerVersion', () => {
  const version = (gitVersion: string) => `{
  "clientVersion": {
    "major": "1",
    "minor": "29",
    "gitVersion": "v1.29.6",
    "gitCommit": "062798d53d83265b9e05f14d85198f74362adaca",
    "gitTreeState": "clean",
    "buildDate": "2024-06-11T20:22:13Z",
    "goVersion": "go1.21.11",
    "compiler": "gc",
    "platform": "linux/amd64"
  },
  "kustomizeVersion": "v5.0.4-0.20230601165947-6ce0bf390ce3",
  "serverVersion": {
    "major": "1",
    "minor": "29",
    "gitVersion": "${gitVersion}",
    "gitCommit": "062798d53d83265b9e05f14d85198f74362adaca",
    "gitTreeState": "clean",
    "buildDate": "2024-06-11T20:17:07Z",
    "goVersion": "go1.21.11",
    "compiler": "gc",
    "platform": "linux/amd64"
  }
}
`;

  it.each([
    ['v1.29.6', 'v1.29.6', 29],
    ['v1.29.6+k3s1', 'v1.29.6', 29],
    ['v1.27.3-eks-a5565ad', 'v1.27.3', 27],
    ['v1.22.17', 'v1.22.17', 22],
  ])('reads serverVersion.gitVersion %s', (gitVersion, text, minor) => {
    expect(parseServerVersion(version(gitVersion))).toEqual({ major: 1, minor, patch: Number(text.split('.')[2]), text, gitVersion });
  });

  it('skips a warning line before the JSON, and says when the server did not answer', () => {
    expect(parseServerVersion(`WARNING: version difference between client (1.31) and server (1.29) exceeds the supported minor version skew of +/-1\n${version('v1.29.6')}`).text).toBe('v1.29.6');
    expect(() => parseServerVersion('{"clientVersion": {"gitVersion": "v1.29.6"}}')).toThrow(/has no serverVersion.gitVersion/);
    expect(() => parseServerVersion('The connection to the server 10.0.0.4:6443 was refused - did you specify the right host or port?')).toThrow(ClusterReadError);
  });
});

describe('parseNodeVersions', () => {
  const windows = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { labels: { 'kubernetes.io/os': 'windows' }, name: 'win-h2a5c8d1f3g' },
    status: { nodeInfo: { kubeletVersion: 'v1.16.2', operatingSystem: 'windows', containerRuntimeVersion: 'docker://19.3.2' } },
  };
  const linux = { apiVersion: 'v1', kind: 'Node', metadata: { labels: { 'kubernetes.io/os': 'linux' }, name: 'k8s-master' }, status: { nodeInfo: { kubeletVersion: 'v1.16.2' } } };

  it('reads each node\'s kubelet version and OS from the List', () => {
    expect(parseNodeVersions(kubectlList([linux, windows]))).toEqual([
      { name: 'k8s-master', kubeletVersion: 'v1.16.2', os: 'linux' },
      { name: 'win-h2a5c8d1f3g', kubeletVersion: 'v1.16.2', os: 'windows' },
    ]);
  });

  it('reads a single node printed without the wrapper, and an empty List', () => {
    expect(parseNodeVersions(JSON.stringify(windows, null, 4))).toEqual([{ name: 'win-h2a5c8d1f3g', kubeletVersion: 'v1.16.2', os: 'windows' }]);
    expect(parseNodeVersions(kubectlList([]))).toEqual([]);
  });
});

describe('flannelVersionFromImage', () => {
  it.each([
    ['docker.io/flannel/flannel:v0.25.1', 'v0.25.1'],
    ['ghcr.io/flannel-io/flannel:v0.28.9', 'v0.28.9'],
    ['quay.io/coreos/flannel:v0.11.0-amd64', 'v0.11.0'],
    ['quay.io/coreos/flannel:v0.10.0-arm64', 'v0.10.0'],
    ['registry.local:5000/mirror/flannel:v0.22.0', 'v0.22.0'],
    ['docker.io/flannel/flannel:v0.25.1@sha256:0483b9a62c8190ac36d9aa4f7f9b0d5f914353f7ef3b56727d1947b209e49e39', 'v0.25.1'],
    ['docker.io/flannel/flannel', undefined],
    ['docker.io/flannel/flannel:latest', undefined],
    ['registry.local:5000/flannel', undefined],
  ])('%s → %s', (image, version) => {
    expect(flannelVersionFromImage(image)).toBe(version);
  });
});

describe('parseFlannelVersion', () => {
  it('takes the flannel container of the current manifest, not the CNI plugin init container', () => {
    expect(parseFlannelVersion(kubectlList(daemonSetsOf(data('flannel/kube-flannel-v0.28.9.yml'))))).toEqual({
      version: 'v0.28.9',
      image: 'ghcr.io/flannel-io/flannel:v0.28.9',
      daemonSet: 'kube-flannel/kube-flannel-ds',
    });
  });

  it('reads the per-architecture DaemonSets of old releases, and one DaemonSet without the List', () => {
    expect(parseFlannelVersion(kubectlList(daemonSetsOf(data('flannel/kube-flannel-v0.11.0.yml'))))?.version).toBe('v0.10.0');
    const [single] = daemonSetsOf(data('flannel/kube-flannel-v0.13.0.yml'));
    expect(parseFlannelVersion(JSON.stringify(single, null, 4))).toMatchObject({ version: 'v0.13.0', daemonSet: 'kube-system/kube-flannel-ds' });
  });

  it('skips the Windows DaemonSet and reports none when only it is there', () => {
    const windows = daemonSetsOf(data('sig-windows-tools/hostprocess/flannel-overlay.yml').replace('FLANNEL_VERSION', 'v0.21.5'));
    expect(parseFlannelVersion(kubectlList([...windows, ...daemonSetsOf(data('flannel/kube-flannel-v0.28.9.yml'))]))?.version).toBe('v0.28.9');
    expect(parseFlannelVersion(kubectlList(windows))).toBeUndefined();
    expect(parseFlannelVersion(kubectlList([]))).toBeUndefined();
  });
});

describe('parseApiServerEndpoint', () => {
  const endpoints = (subsets: unknown) => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default' }, subsets });

  it('reads the address and the https port (transcripts/kubectl-outputs.md §2.4)', () => {
    const json = JSON.stringify(endpoints([{ addresses: [{ ip: '10.0.0.4' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]), null, 4);
    expect(parseApiServerEndpoint(json)).toEqual({ host: '10.0.0.4', port: 6443, addresses: ['10.0.0.4'] });
  });

  it('lists every API server, matches the port by name, and finds the object in a List', () => {
    const item = endpoints([{ addresses: [{ ip: '10.0.0.4' }, { ip: '10.0.0.5' }], ports: [{ name: 'metrics', port: 9999 }, { name: 'https', port: 8443 }] }]);
    const other = { kind: 'Endpoints', metadata: { name: 'kube-dns', namespace: 'kube-system' }, subsets: [{ addresses: [{ ip: '10.244.0.2' }], ports: [{ name: 'dns', port: 53 }] }] };
    expect(parseApiServerEndpoint(kubectlList([other, item]))).toEqual({ host: '10.0.0.4', port: 8443, addresses: ['10.0.0.4', '10.0.0.5'] });
  });

  it('says when there is no ready address', () => {
    expect(() => parseApiServerEndpoint(JSON.stringify(endpoints(undefined)))).toThrow(/no ready address and port/);
    expect(() => parseApiServerEndpoint('Error from server (NotFound): endpoints "kubernetes" not found')).toThrow(/printed no JSON/);
  });
});

describe('recommendJoinMethod', () => {
  it.each([
    ['v1.16.2', 'kubecluster', ['kubecluster'], /older than 1\.23/],
    ['v1.22.17', 'kubecluster', ['kubecluster'], /HostProcess containers, beta and on by default only from 1\.23/],
    ['v1.23.0', 'kubeadm', ['kubecluster', 'kubeadm'], /still has dockershim/],
    ['1.23', 'kubeadm', ['kubecluster', 'kubeadm'], /1\.24 removes it/],
    ['v1.24.0', 'kubeadm', ['kubeadm'], /dockershim was removed in Kubernetes 1\.24, and KubeCluster\.ps1 .* was deleted from sig-windows-tools in 2023/],
    ['v1.29.6+k3s1', 'kubeadm', ['kubeadm'], /^v1\.29\.6: dockershim was removed/],
    ['v1.34.1', 'kubeadm', ['kubeadm'], /supports kubelet up to 1\.33/],
  ])('%s → %s', (version, method, allowed, reason) => {
    const advice = recommendJoinMethod(version);
    expect(advice).toMatchObject({ method, allowed });
    expect(advice.reason).toMatch(reason);
  });

  it('refuses what is not a version', () => {
    expect(() => recommendJoinMethod('latest')).toThrow('Not a Kubernetes version: latest');
  });
});
