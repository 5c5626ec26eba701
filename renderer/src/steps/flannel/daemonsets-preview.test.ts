import { describe, expect, it } from 'vitest';
import type { HostProcessSources } from '../../../../shared/modern-join/hostprocess-manifests.js';
import { changesText, hostProcessValuesFrom, previewDaemonSets, type DetectedValues } from './daemonsets-preview.js';

// Cut-down copies of sig-windows-tools' files (the renderer reads no files): the parts the render touches.
const daemonSet = (namespace: string, name: string, container: string, image: string, env: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  template:
    spec:
      containers:
      - name: ${container}
        image: ${image}
${env}      nodeSelector:
        kubernetes.io/os: windows
`;
const sources: HostProcessSources = {
  rbac: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: flannel\n',
  flannelOverlay: daemonSet(
    'kube-flannel',
    'kube-flannel-ds-windows-amd64',
    'kube-flannel',
    'sigwindowstools/flannel:FLANNEL_VERSION-hostprocess',
    [
      '        env:',
      '        - name: SERVICE_SUBNET',
      '          value: 10.96.0.0/12',
      '        - name: KUBERNETES_SERVICE_HOST',
      '          value: KUBERNETES_SERVICE_HOST_VALUE',
      '        - name: KUBERNETES_SERVICE_PORT',
      '          value: "KUBERNETES_SERVICE_PORT_VALUE"',
      '',
    ].join('\n'),
  ),
  kubeProxy: daemonSet('kube-system', 'kube-proxy-windows', 'kube-proxy', 'sigwindowstools/kube-proxy:KUBE_PROXY_VERSION-flannel-hostprocess', ''),
};
const detected: DetectedValues = { kubernetesVersion: 'v1.29.6+k3s1', flannelVersion: 'v0.25.1', apiServerHost: '10.0.0.4', apiServerPort: 6443 };

describe('the values from the detection and the IP plan', () => {
  it('takes the versions and endpoint from the cluster, the service range from the plan', () => {
    expect(hostProcessValuesFrom(detected, ' 10.96.0.0/12 ')).toEqual({
      ok: true,
      values: { flannelVersion: 'v0.25.1', kubeProxyVersion: 'v1.29.6', apiServerHost: '10.0.0.4', apiServerPort: 6443, serviceSubnet: '10.96.0.0/12' },
    });
  });

  it('drops any suffix from the version and assumes port 6443, as the job does', () => {
    const result = hostProcessValuesFrom({ kubernetesVersion: 'v1.27.3-eks-a5565ad', flannelVersion: 'v0.21.5', apiServerHost: 'api.example.com' }, '10.96.0.0/12');
    expect(result.ok && result.values).toMatchObject({ kubeProxyVersion: 'v1.27.3', apiServerHost: 'api.example.com', apiServerPort: 6443 });
  });

  it('has nothing to render without a Linux flannel', () => {
    const result = hostProcessValuesFrom({ kubernetesVersion: 'v1.29.6' }, '10.96.0.0/12');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no Linux flannel/) });
  });
});

describe('the DaemonSets preview', () => {
  const values = { flannelVersion: 'v0.25.1', kubeProxyVersion: 'v1.29.6', apiServerHost: '10.0.0.4', apiServerPort: 6443, serviceSubnet: '10.112.0.0/12' };

  it('gives each rendered file in apply order with its diff against the opened one', () => {
    const preview = previewDaemonSets(values, sources);
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.files.map((file) => [file.file, file.name])).toEqual([
      ['rbac', 'kube-flannel-rbac.yml'],
      ['flannelOverlay', 'flannel-overlay.yml'],
      ['kubeProxy', 'kube-proxy.yml'],
    ]);
    const [rbac, overlay, proxy] = preview.files;
    expect(rbac?.text).toBe(sources.rbac);
    expect(rbac?.diff).toBe('');
    expect(overlay?.diff).toMatch(/^--- a\/flannel-overlay\.yml\n\+\+\+ b\/flannel-overlay\.yml\n/);
    expect(overlay?.diff).toContain('+        image: sigwindowstools/flannel:v0.25.1-hostprocess');
    expect(overlay?.diff).toContain('-        image: sigwindowstools/flannel:FLANNEL_VERSION-hostprocess');
    expect(proxy?.text).toContain('sigwindowstools/kube-proxy:v1.29.6-flannel-hostprocess');
    expect(preview.changes.map((change) => change.to)).toEqual(['sigwindowstools/flannel:v0.25.1-hostprocess', '10.112.0.0/12', '10.0.0.4', '6443', 'sigwindowstools/kube-proxy:v1.29.6-flannel-hostprocess']);
    expect(changesText(preview.changes).split('\n')[0]).toBe(
      'flannel-overlay.yml  DaemonSet kube-flannel/kube-flannel-ds-windows-amd64 spec.template.spec.containers[kube-flannel].image: sigwindowstools/flannel:FLANNEL_VERSION-hostprocess → sigwindowstools/flannel:v0.25.1-hostprocess',
    );
  });

  it('names every bad value with where it comes from', () => {
    const preview = previewDaemonSets({ ...values, apiServerHost: '', serviceSubnet: '10.96.0.0' }, sources);
    if (preview.ok) throw new Error('rendered');
    expect(preview.title).toMatch(/values cannot go into the manifests/);
    expect(preview.issues.map((issue) => [issue.field, issue.label])).toEqual([
      ['apiServerHost', 'API server address (detected from the cluster)'],
      ['serviceSubnet', 'Service CIDR (step 1, IP plan)'],
    ]);
  });

  it('says why a file is not the one sig-windows-tools published', () => {
    const preview = previewDaemonSets(values, { ...sources, kubeProxy: sources.kubeProxy.replaceAll('KUBE_PROXY_VERSION', 'v1.28.0') });
    expect(preview).toEqual({ ok: false, title: 'These files cannot be rendered', issues: [{ field: undefined, label: undefined, message: expect.stringMatching(/kube-proxy\.yml has no KUBE_PROXY_VERSION/) }] });
  });
});
