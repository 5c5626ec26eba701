import { describe, expect, it } from 'vitest';
import { previewManifest } from './patched-manifest.js';

// The shape of kube-flannel.yml v0.12.0, cut to the two objects the patch touches (the renderer has no file access).
const manifest = `---
kind: ConfigMap
apiVersion: v1
metadata:
  name: kube-flannel-cfg
  namespace: kube-system
data:
  cni-conf.json: |
    {
      "name": "cbr0",
      "cniVersion": "0.3.1",
      "plugins": [
        { "type": "flannel", "delegate": { "hairpinMode": true, "isDefaultGateway": true } },
        { "type": "portmap", "capabilities": { "portMappings": true } }
      ]
    }
  net-conf.json: |
    {
      "Network": "10.244.0.0/16",
      "Backend": {
        "Type": "vxlan"
      }
    }
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-flannel-ds-amd64
  namespace: kube-system
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: kube-flannel
        image: quay.io/coreos/flannel:v0.12.0-amd64
`;

describe('previewManifest', () => {
  it('waits for a manifest', () => {
    expect(previewManifest('  \n', '', '10.244.0.0/16')).toBeUndefined();
  });

  it('patches with the plan’s cluster CIDR, trimmed, and names the diff after the file', () => {
    const preview = previewManifest(manifest, 'kube-flannel-v0.12.0.yml', ' 10.200.0.0/16 ');
    if (!preview?.ok) throw new Error(`expected a patch, got ${JSON.stringify(preview)}`);
    expect(JSON.parse(preview.patched.config.netConfJson)).toEqual({ Network: '10.200.0.0/16', Backend: { Type: 'vxlan', VNI: 4096, Port: 4789 } });
    expect(JSON.parse(preview.patched.config.cniConfJson)).toMatchObject({ name: 'vxlan0' });
    expect(preview.patched.diff).toMatch(/^--- a\/kube-flannel-v0\.12\.0\.yml\n\+\+\+ b\/kube-flannel-v0\.12\.0\.yml\n/);
    expect(preview.patched.kubectlPatches.map((patch) => patch.daemonSet)).toEqual(['kube-flannel-ds-amd64']);
  });

  it('refuses a file that is not a flannel manifest, and a plan whose cluster CIDR is invalid', () => {
    const proxy = previewManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-proxy\n', 'kube-proxy.yml', '10.244.0.0/16');
    expect(proxy).toMatchObject({ ok: false, errors: [{ code: 'CONFIGMAP_NOT_FOUND' }, { code: 'DAEMONSET_NOT_FOUND' }] });
    expect(previewManifest(manifest, '', '10.244.0.0/33')).toMatchObject({ ok: false, errors: [{ code: 'CLUSTER_CIDR_INVALID', field: 'clusterCidr' }] });
  });
});
