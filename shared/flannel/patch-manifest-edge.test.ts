import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { patchFlannelManifest } from './patch-manifest.js';

const dataDir = new URL('../../../shared/mission/data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const options = { clusterCidr: '10.244.0.0/16' };

const configMap = (cni: string, net: string, style = '|') => `kind: ConfigMap
apiVersion: v1
metadata:
  name: kube-flannel-cfg
  namespace: kube-system
data:
  # flannel reads these two files
  cni-conf.json: ${style}
    ${cni}
  net-conf.json: ${style}
    ${net}
`;
const listCni = '{"name": "cbr0", "plugins": [{"type": "flannel"}]}';
const plainNet = '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}';
const daemonSet = (apiVersion: string, podSpec: string, name = 'kube-flannel-ds') => `apiVersion: ${apiVersion}
kind: DaemonSet
metadata:
  name: ${name}
  namespace: kube-system
spec:
  template:
    spec:
${podSpec}`;
const basicPod = '      hostNetwork: true # flannel needs the host network\n      containers:\n      - name: kube-flannel\n';
const manifest = (...docs: string[]) => docs.map((doc) => `---\n${doc}`).join('');

function codes(text: string, opts = options) {
  const result = patchFlannelManifest(text, opts);
  return result.ok ? [] : result.errors.map((error) => error.code);
}
function ok(text: string) {
  const result = patchFlannelManifest(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...result, data: parseAllDocuments(result.manifest).map((doc) => doc.toJS()) };
}

describe('manifests it cannot patch', () => {
  it('rejects invalid YAML with the parser position', () => {
    const result = patchFlannelManifest('kind: ConfigMap\ndata: [unclosed\n', options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('MANIFEST_YAML_INVALID');
    expect(result.errors[0]?.message).toMatch(/^The manifest is not valid YAML: .*line \d+/s);
  });

  it('names both missing parts of an empty or unrelated manifest', () => {
    expect(codes('')).toEqual(['CONFIGMAP_NOT_FOUND', 'DAEMONSET_NOT_FOUND']);
    expect(codes(read('sig-windows-tools/hostprocess/kube-proxy.yml'))).toEqual(['CONFIGMAP_NOT_FOUND', 'DAEMONSET_NOT_FOUND']);
  });

  it('needs a Linux flannel DaemonSet: the RBAC file has only the ConfigMap, the hostprocess file only a Windows DaemonSet', () => {
    expect(codes(read('sig-windows-tools/hostprocess/kube-flannel-rbac.yml'))).toEqual(['DAEMONSET_NOT_FOUND']);
    const result = patchFlannelManifest(read('sig-windows-tools/hostprocess/flannel-overlay.yml'), options);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['CONFIGMAP_NOT_FOUND', 'DAEMONSET_NOT_FOUND']);
    expect(result.ok ? '' : result.errors[1]?.message).toContain('only DaemonSet kube-flannel/kube-flannel-ds-windows-amd64, which selects another OS');
  });

  it('reports a missing or non-JSON ConfigMap file by name', () => {
    const ds = daemonSet('apps/v1', basicPod);
    expect(codes(manifest(configMap(listCni, 'not json'), ds))).toEqual(['NET_CONF_NOT_JSON']);
    expect(codes(manifest(configMap('[1, 2]', plainNet), ds))).toEqual(['CNI_CONF_NOT_JSON']);
    const withoutCni = configMap(listCni, plainNet).replace(/ {2}cni-conf\.json: \|\n.*\n/, '');
    const result = patchFlannelManifest(manifest(withoutCni, ds), options);
    expect(result.ok ? undefined : result.errors).toEqual([
      { code: 'CONFIGMAP_KEY_MISSING', field: 'manifest', message: 'ConfigMap kube-system/kube-flannel-cfg has no data."cni-conf.json" text.' },
    ]);
  });

  it('checks the options before reading the manifest', () => {
    expect(codes('not: [yaml', { clusterCidr: '10.244.0.0/33' })).toEqual(['CLUSTER_CIDR_INVALID']);
    expect(codes(read('flannel/kube-flannel-v0.13.0.yml'), { ...options, vni: 1, port: 8472 } as typeof options)).toEqual([
      'VXLAN_VNI_UNSUPPORTED',
      'VXLAN_PORT_UNSUPPORTED',
    ]);
  });
});

describe('manifests outside the published ones', () => {
  it('keeps the pre-v0.10 single-plugin cni format, drops DirectRouting, and says why', () => {
    const single = '{"name": "cbr0", "type": "flannel", "delegate": {"isDefaultGateway": true}}';
    const net = '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "VNI": 1, "DirectRouting": true}}';
    const result = ok(manifest(configMap(single, net), daemonSet('extensions/v1beta1', basicPod)));
    const data = (result.data[0] as { data: Record<string, string> }).data;
    expect(JSON.parse(data['cni-conf.json'] ?? '')).toEqual({ name: 'vxlan0', type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } });
    expect(JSON.parse(data['net-conf.json'] ?? '')).toEqual({ Network: '10.244.0.0/16', Backend: { Type: 'vxlan', VNI: 4096, Port: 4789 } });
    expect(result.warnings).toEqual([
      'ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.DirectRouting removed (DirectRouting is not supported by flannel on Windows).',
      expect.stringContaining('single-plugin format of flannel before v0.10'),
    ]);
    expect(result.changes).toContain('ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.VNI: 1 → 4096');
  });

  it('defaults the OS key by API era when the manifest selects on nothing, and inserts after hostNetwork keeping comments', () => {
    const old = ok(manifest(configMap(listCni, plainNet), daemonSet('extensions/v1beta1', basicPod)));
    expect(old.osLabel).toEqual({ key: 'beta.kubernetes.io/os', reason: 'the DaemonSets use extensions/v1beta1, an API of Kubernetes 1.15 and older' });
    expect(old.manifest).toContain('      hostNetwork: true # flannel needs the host network\n      nodeSelector:\n        beta.kubernetes.io/os: linux\n      containers:');
    expect(old.manifest).toContain('  # flannel reads these two files\n');
    expect(ok(manifest(configMap(listCni, plainNet), daemonSet('apps/v1', basicPod))).osLabel.key).toBe('kubernetes.io/os');
  });

  it('leaves a Windows flannel DaemonSet alone next to the Linux one', () => {
    const windows = daemonSet('apps/v1', '      nodeSelector:\n        kubernetes.io/os: windows\n', 'kube-flannel-ds-windows-amd64');
    const result = ok(manifest(configMap(listCni, plainNet), daemonSet('apps/v1', basicPod), windows));
    expect(result.daemonSets.map((ds) => ds.name)).toEqual(['kube-flannel-ds']);
    expect(result.manifest.endsWith(`---\n${windows}`)).toBe(true);
    expect(result.warnings).toEqual(['DaemonSet kube-system/kube-flannel-ds-windows-amd64 selects another OS; left unchanged.']);
  });

  it('falls back to yaml for shapes a source edit cannot express, and says so', () => {
    for (const selector of ['      nodeSelector: {}\n', '      nodeSelector:\n']) {
      const result = ok(manifest(configMap(listCni, plainNet), daemonSet('apps/v1', `${basicPod}${selector}`)));
      expect(result.rerendered).toEqual(['DaemonSet kube-system/kube-flannel-ds']);
      expect((result.data[1] as { spec: { template: { spec: { nodeSelector: unknown } } } }).spec.template.spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
      expect(result.warnings).toContain('DaemonSet kube-system/kube-flannel-ds was rewritten by the YAML library; its formatting may differ from the original.');
    }
    const quoted = configMap(listCni, plainNet).replace(/\|\n {4}(.*)\n/g, "'$1'\n");
    expect(quoted).toContain(`  net-conf.json: '${plainNet}'\n`);
    const result = ok(manifest(quoted, daemonSet('apps/v1', basicPod)));
    expect(result.rerendered).toEqual(['ConfigMap kube-system/kube-flannel-cfg']);
    const data = (result.data[0] as { data: Record<string, string> }).data;
    expect(JSON.parse(data['cni-conf.json'] ?? '').name).toBe('vxlan0');
    expect(JSON.parse(data['net-conf.json'] ?? '').Backend).toEqual({ Type: 'vxlan', VNI: 4096, Port: 4789 });
  });

  it('edits strip-chomped block scalars and a last line without a newline in place', () => {
    const text = manifest(configMap(listCni, plainNet, '|-'), daemonSet('apps/v1', '      hostNetwork: true'));
    const result = ok(text);
    expect(result.rerendered).toEqual([]);
    expect(result.manifest.endsWith('      hostNetwork: true\n      nodeSelector:\n        kubernetes.io/os: linux\n')).toBe(true);
    expect((result.data[0] as { data: Record<string, string> }).data['net-conf.json']?.endsWith('}')).toBe(true);
    expect(ok(result.manifest).diff).toBe('');
  });
});
