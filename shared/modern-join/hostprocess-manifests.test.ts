import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { nodeLabelRequirements } from '../flannel/manifest-objects.js';
import { unifiedLineDiff } from '../flannel/line-diff.js';
import { HostProcessManifestError, renderHostProcessManifests, type HostProcessSources } from './hostprocess-manifests.js';
import { HostProcessValuesError, type HostProcessValues } from './hostprocess-values.js';

const data = (name: string) => readFileSync(new URL(`../../../shared/mission/data/sig-windows-tools/hostprocess/${name}`, import.meta.url), 'utf8');
const sources: HostProcessSources = { flannelOverlay: data('flannel-overlay.yml'), kubeProxy: data('kube-proxy.yml'), rbac: data('kube-flannel-rbac.yml') };
const values: HostProcessValues = { flannelVersion: 'v0.21.5', kubeProxyVersion: 'v1.29.6', apiServerHost: '10.0.0.4', apiServerPort: 6443, serviceSubnet: '10.112.0.0/12' };

const fileText = (name: string, rendered = renderHostProcessManifests(values, sources)) => rendered.files.find((file) => file.name === name)?.text ?? '';
/** The changed lines of a diff, without headers. */
const changedLines = (before: string, after: string) =>
  unifiedLineDiff(before, after, { context: 0 }).split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));

describe('renderHostProcessManifests', () => {
  it('substitutes exactly the placeholders and SERVICE_SUBNET, in apply order', () => {
    const rendered = renderHostProcessManifests(values, sources);
    expect(rendered.files.map((file) => file.name)).toEqual(['kube-flannel-rbac.yml', 'flannel-overlay.yml', 'kube-proxy.yml']);
    const flannel = 'DaemonSet kube-flannel/kube-flannel-ds-windows-amd64 spec.template.spec.containers[kube-flannel]';
    expect(rendered.changes).toEqual([
      { file: 'flannel-overlay.yml', path: `${flannel}.image`, from: 'sigwindowstools/flannel:FLANNEL_VERSION-hostprocess', to: 'sigwindowstools/flannel:v0.21.5-hostprocess' },
      { file: 'flannel-overlay.yml', path: `${flannel}.env[SERVICE_SUBNET].value`, from: '10.96.0.0/12', to: '10.112.0.0/12' },
      { file: 'flannel-overlay.yml', path: `${flannel}.env[KUBERNETES_SERVICE_HOST].value`, from: 'KUBERNETES_SERVICE_HOST_VALUE', to: '10.0.0.4' },
      { file: 'flannel-overlay.yml', path: `${flannel}.env[KUBERNETES_SERVICE_PORT].value`, from: 'KUBERNETES_SERVICE_PORT_VALUE', to: '6443' },
      {
        file: 'kube-proxy.yml',
        path: 'DaemonSet kube-system/kube-proxy-windows spec.template.spec.containers[kube-proxy].image',
        from: 'sigwindowstools/kube-proxy:KUBE_PROXY_VERSION-flannel-hostprocess',
        to: 'sigwindowstools/kube-proxy:v1.29.6-flannel-hostprocess',
      },
    ]);
  });

  it('changes only those lines of flannel-overlay.yml, keeping the value styles', () => {
    expect(changedLines(sources.flannelOverlay, fileText('flannel-overlay.yml'))).toEqual([
      '-        image: sigwindowstools/flannel:FLANNEL_VERSION-hostprocess',
      '+        image: sigwindowstools/flannel:v0.21.5-hostprocess',
      '-          value: 10.96.0.0/12',
      '+          value: 10.112.0.0/12',
      '-          value: KUBERNETES_SERVICE_HOST_VALUE',
      '+          value: 10.0.0.4',
      '-          value: "KUBERNETES_SERVICE_PORT_VALUE"',
      '+          value: "6443"',
    ]);
  });

  it('changes only the image line of kube-proxy.yml and leaves the RBAC file byte for byte', () => {
    expect(changedLines(sources.kubeProxy, fileText('kube-proxy.yml'))).toEqual([
      '-      - image: sigwindowstools/kube-proxy:KUBE_PROXY_VERSION-flannel-hostprocess',
      '+      - image: sigwindowstools/kube-proxy:v1.29.6-flannel-hostprocess',
    ]);
    expect(fileText('kube-flannel-rbac.yml')).toBe(sources.rbac);
  });

  it('leaves SERVICE_SUBNET alone when it already is the cluster\'s, and the comments that mention placeholders', () => {
    const rendered = renderHostProcessManifests({ ...values, serviceSubnet: '10.96.0.0/12' }, sources);
    expect(rendered.changes.map((change) => change.path)).not.toContainEqual(expect.stringContaining('SERVICE_SUBNET'));
    const commented = sources.flannelOverlay.replace('      containers:\n', '      # image tag: FLANNEL_VERSION, host KUBERNETES_SERVICE_HOST_VALUE\n      containers:\n');
    const text = fileText('flannel-overlay.yml', renderHostProcessManifests(values, { ...sources, flannelOverlay: commented }));
    expect(text).toContain('      # image tag: FLANNEL_VERSION, host KUBERNETES_SERVICE_HOST_VALUE\n');
    expect(text).toContain('sigwindowstools/flannel:v0.21.5-hostprocess');
  });

  it('writes a DNS name or an IPv6 host plainly and keeps the port a string', () => {
    const dns = fileText('flannel-overlay.yml', renderHostProcessManifests({ ...values, apiServerHost: 'k8s-api.example.com', apiServerPort: 8443 }, sources));
    expect(dns).toContain('          value: k8s-api.example.com\n');
    expect(dns).toContain('          value: "8443"\n');
    const ipv6 = fileText('flannel-overlay.yml', renderHostProcessManifests({ ...values, apiServerHost: 'fd00::4' }, sources));
    const env = parseAllDocuments(ipv6).flatMap((doc) => (Array.isArray(doc) ? [] : [doc.toJS() as unknown]));
    expect(JSON.stringify(env)).toContain('{"name":"KUBERNETES_SERVICE_HOST","value":"fd00::4"}');
    expect(JSON.stringify(env)).toContain('{"name":"KUBERNETES_SERVICE_PORT","value":"6443"}');
  });

  it('quotes a host name that YAML would read as something other than a string', () => {
    const text = fileText('flannel-overlay.yml', renderHostProcessManifests({ ...values, apiServerHost: 'null' }, sources));
    expect(text).toContain('          value: "null"\n');
  });

  it('produces DaemonSets that select only Windows nodes', () => {
    const rendered = renderHostProcessManifests(values, sources);
    const daemonSets = rendered.files.flatMap((file) => parseAllDocuments(file.text).map((doc) => doc.toJS() as unknown)).filter((object) => (object as { kind?: string }).kind === 'DaemonSet');
    expect(daemonSets).toHaveLength(2);
    for (const daemonSet of daemonSets) {
      expect(nodeLabelRequirements(daemonSet).filter((requirement) => requirement.key === 'kubernetes.io/os')).toEqual([{ key: 'kubernetes.io/os', values: ['windows'] }]);
    }
  });

  it('warns that the RBAC file also carries a kube-system flannel ConfigMap', () => {
    expect(renderHostProcessManifests(values, sources).warnings).toEqual([
      "kube-flannel-rbac.yml also holds ConfigMap kube-system/kube-flannel-cfg with its own net-conf.json: where the Linux flannel runs in kube-system (flannel before v0.20), applying it replaces that flannel's configuration. The Windows DaemonSet reads kube-flannel-cfg from kube-flannel.",
    ]);
  });

  it.each<[string, Partial<HostProcessValues>, string]>([
    ['flannelVersion', { flannelVersion: '0.21.5' }, 'flannelVersion: "0.21.5" is not a version like v0.21.5'],
    ['flannelVersion', { flannelVersion: 'v0.21.5; rm -rf /' }, 'flannelVersion: "v0.21.5; rm -rf /" is not a version like v0.21.5'],
    ['kubeProxyVersion', { kubeProxyVersion: 'v1.29.6+k3s1' }, 'kubeProxyVersion: "v1.29.6+k3s1" is not a version like v1.29.6'],
    ['apiServerHost', { apiServerHost: '10.0.0.4:6443' }, 'apiServerHost: "10.0.0.4:6443" is not an IPv4 or IPv6 address or a DNS name'],
    ['apiServerHost', { apiServerHost: '999.1.1.1' }, 'apiServerHost: "999.1.1.1" is not an IPv4 or IPv6 address or a DNS name'],
    ['apiServerHost', { apiServerHost: 'api server' }, 'apiServerHost: "api server" is not an IPv4 or IPv6 address or a DNS name'],
    ['apiServerPort', { apiServerPort: 0 }, 'apiServerPort: 0 is not a TCP port (1–65535)'],
    ['apiServerPort', { apiServerPort: 6443.5 }, 'apiServerPort: 6443.5 is not a TCP port (1–65535)'],
    ['serviceSubnet', { serviceSubnet: '10.96.0.1/12' }, 'serviceSubnet: "10.96.0.1/12" is not an IPv4 network like 10.96.0.0/12'],
    ['serviceSubnet', { serviceSubnet: '10.96.0.0' }, 'serviceSubnet: "10.96.0.0" is not an IPv4 network like 10.96.0.0/12'],
  ])('refuses a bad %s, naming it', (_field, change, message) => {
    expect(() => renderHostProcessManifests({ ...values, ...change }, sources)).toThrow(message);
  });

  it('lists every bad field at once', () => {
    try {
      renderHostProcessManifests({ ...values, flannelVersion: 'latest', apiServerPort: 70_000 }, sources);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HostProcessValuesError);
      expect((error as HostProcessValuesError).issues.map((issue) => issue.field)).toEqual(['flannelVersion', 'apiServerPort']);
    }
  });

  it('refuses files that were already substituted, or are not the Windows manifests', () => {
    const done = fileText('flannel-overlay.yml');
    expect(() => renderHostProcessManifests(values, { ...sources, flannelOverlay: done })).toThrow(
      new HostProcessManifestError('flannel-overlay.yml has no FLANNEL_VERSION, KUBERNETES_SERVICE_HOST_VALUE, KUBERNETES_SERVICE_PORT_VALUE in a DaemonSet\'s image or env: pass the file as sig-windows-tools published it.'),
    );
    const linux = sources.kubeProxy.replace('kubernetes.io/os: windows', 'kubernetes.io/os: linux');
    expect(() => renderHostProcessManifests(values, { ...sources, kubeProxy: linux })).toThrow(/kube-proxy.yml: DaemonSet kube-system\/kube-proxy-windows does not select only Windows nodes/);
    expect(() => renderHostProcessManifests(values, { ...sources, rbac: 'kind: [' })).toThrow(/kube-flannel-rbac.yml is not valid YAML/);
  });
});
