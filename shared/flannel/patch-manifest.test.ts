import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { patchFlannelManifest, type PatchedManifest } from './patch-manifest.js';

const dataDir = new URL('../../../shared/mission/data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');

const arches = ['amd64', 'arm64', 'arm', 'ppc64le', 's390x'];
const perArch = arches.map((arch) => `kube-flannel-ds-${arch}`);
const BETA = 'beta.kubernetes.io/os';
const GA = 'kubernetes.io/os';

interface Case {
  file: string;
  namespace: string;
  daemonSets: string[];
  osKey: string;
  /** The nodeSelector each DaemonSet had before, by name (none: absent). */
  selectorsBefore: (name: string) => Record<string, string> | undefined;
  cniVersion?: string;
  netConfExtra?: Record<string, unknown>;
}

const archSelector = (name: string) => ({ 'beta.kubernetes.io/arch': name.replace('kube-flannel-ds-', '') });
const cases: Case[] = [
  { file: 'flannel/kube-flannel-v0.11.0.yml', namespace: 'kube-system', daemonSets: perArch, osKey: BETA, selectorsBefore: archSelector },
  { file: 'flannel/kube-flannel-master-2019-02-15.yml', namespace: 'kube-system', daemonSets: perArch, osKey: BETA, selectorsBefore: archSelector },
  { file: 'flannel/kube-flannel-master-2019-10-25.yml', namespace: 'kube-system', daemonSets: perArch, osKey: BETA, selectorsBefore: () => undefined, cniVersion: '0.3.1' },
  { file: 'flannel/kube-flannel-v0.12.0.yml', namespace: 'kube-system', daemonSets: perArch, osKey: BETA, selectorsBefore: () => undefined, cniVersion: '0.3.1' },
  { file: 'flannel/kube-flannel-v0.13.0.yml', namespace: 'kube-system', daemonSets: ['kube-flannel-ds'], osKey: GA, selectorsBefore: () => undefined, cniVersion: '0.3.1' },
  {
    file: 'flannel/kube-flannel-v0.28.9.yml',
    namespace: 'kube-flannel',
    daemonSets: ['kube-flannel-ds'],
    osKey: GA,
    selectorsBefore: () => undefined,
    cniVersion: '0.3.1',
    netConfExtra: { EnableNFTables: false },
  },
  ...['overlay', 'l2bridge'].map((mode) => ({
    file: `microsoft-SDN/${mode}-kube-flannel-example.yml`,
    namespace: 'kube-system',
    daemonSets: perArch,
    osKey: BETA,
    // The microsoft/SDN examples already carry the OS selector on the amd64 DaemonSet only.
    selectorsBefore: (name: string) => ({ ...archSelector(name), ...(name.endsWith('amd64') ? { [BETA]: 'linux' } : {}) }),
  })),
];

const expectedCniConf = (cniVersion?: string) => ({
  name: 'vxlan0',
  ...(cniVersion ? { cniVersion } : {}),
  plugins: [
    { type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
});

function documents(text: string) {
  return parseAllDocuments(text).map((doc) => ({
    text: text.slice(doc.range[0], doc.range[2]),
    data: doc.toJS() as { kind?: string; metadata?: { name?: string; namespace?: string }; data?: Record<string, string>; spec?: { template?: { spec?: Record<string, unknown> } } },
  }));
}

function patched(text: string, clusterCidr = '10.244.0.0/16'): PatchedManifest {
  const result = patchFlannelManifest(text, { clusterCidr });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe.each(cases)('patchFlannelManifest on $file', ({ file, namespace, daemonSets, osKey, selectorsBefore, cniVersion, netConfExtra }) => {
  const source = read(file);
  const result = patched(source, '10.200.0.0/16');
  const before = documents(source);
  const after = documents(result.manifest);

  it('writes the exact net-conf.json and cni-conf.json into kube-flannel-cfg', () => {
    const configMaps = after.filter((doc) => doc.data.kind === 'ConfigMap' && doc.data.metadata?.name === 'kube-flannel-cfg');
    expect(configMaps).toHaveLength(1);
    const data = configMaps[0]?.data.data ?? {};
    expect(JSON.parse(data['net-conf.json'] ?? '')).toEqual({ Network: '10.200.0.0/16', ...netConfExtra, Backend: { Type: 'vxlan', VNI: 4096, Port: 4789 } });
    expect(JSON.parse(data['cni-conf.json'] ?? '')).toEqual(expectedCniConf(cniVersion));
    expect(Object.keys(data)).toEqual(['cni-conf.json', 'net-conf.json']);
  });

  it('finds exactly the DaemonSets of that release and gives each the Linux nodeSelector', () => {
    expect(result.daemonSets.map((ds) => ds.name)).toEqual(daemonSets);
    expect(result.daemonSets.every((ds) => ds.namespace === namespace)).toBe(true);
    expect(result.osLabel.key).toBe(osKey);
    const found = after.filter((doc) => doc.data.kind === 'DaemonSet');
    expect(found.map((doc) => doc.data.metadata?.name)).toEqual(daemonSets);
    for (const doc of found) {
      const name = doc.data.metadata?.name ?? '';
      expect(doc.data.spec?.template?.spec?.nodeSelector).toEqual({ ...selectorsBefore(name), [osKey]: 'linux' });
    }
  });

  it('leaves every other document byte-identical and the patched ones otherwise equal', () => {
    expect(result.rerendered).toEqual([]);
    expect(after).toHaveLength(before.length);
    before.forEach((doc, index) => {
      const now = after[index];
      const kind = doc.data.kind;
      if (kind !== 'ConfigMap' && kind !== 'DaemonSet') expect(now?.text).toBe(doc.text);
      // Outside the two places we change, the data is the original's.
      const strip = (data: typeof doc.data) => JSON.parse(JSON.stringify(data, (key, value) => (key === 'nodeSelector' || key.endsWith('.json') ? undefined : value)));
      expect(strip(now?.data ?? {})).toEqual(strip(doc.data));
    });
  });

  it('changes only ConfigMap JSON lines and nodeSelector lines (measured on the diff)', () => {
    const changed = result.diff.split('\n').filter((line) => /^[+-]/.test(line) && !/^(---|\+\+\+) /.test(line));
    const jsonLine = /^[+-] {4,}["{}[\]]/;
    const selectorLine = new RegExp(`^\\+ +(nodeSelector:|${osKey.replace(/\./g, '\\.')}: linux)$`);
    expect(changed.filter((line) => !jsonLine.test(line) && !selectorLine.test(line))).toEqual([]);
    expect(changed.filter((line) => line.startsWith('-') && !jsonLine.test(line))).toEqual([]);
    const added = result.changes.filter((change) => change.startsWith('DaemonSet'));
    expect(changed.filter((line) => line.endsWith(`${osKey}: linux`))).toHaveLength(added.length);
  });

  it('is idempotent: patching the result changes nothing', () => {
    const again = patched(result.manifest, '10.200.0.0/16');
    expect(again.manifest).toBe(result.manifest);
    expect(again.diff).toBe('');
    expect(again.changes).toEqual([]);
  });

  it('returns one kubectl patch argv per DaemonSet found', () => {
    const patch = JSON.stringify({ spec: { template: { spec: { nodeSelector: { [osKey]: 'linux' } } } } });
    expect(result.kubectlPatches.map((command) => command.argv)).toEqual(
      daemonSets.map((name) => ['kubectl', 'patch', `ds/${name}`, '-n', namespace, '--type', 'strategic', '--patch', patch]),
    );
  });
});

describe('patchFlannelManifest changes and diff', () => {
  it('lists each change readably and says why a selector is added next to affinity', () => {
    const result = patched(read('flannel/kube-flannel-v0.13.0.yml'));
    expect(result.changes).toEqual([
      'ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.VNI: (unset) → 4096',
      'ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.Port: (unset) → 4789',
      'ConfigMap kube-system/kube-flannel-cfg cni-conf.json: name: "cbr0" → "vxlan0"',
      'DaemonSet kube-system/kube-flannel-ds: nodeSelector kubernetes.io/os=linux added (its node affinity already requires Linux; the selector shows in `kubectl get ds`)',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('names the backend switch of the l2bridge example and leaves a correct overlay example JSON byte for byte', () => {
    expect(patched(read('microsoft-SDN/l2bridge-kube-flannel-example.yml')).changes).toContain(
      'ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.Type: "host-gw" → "vxlan"',
    );
    const overlay = patched(read('microsoft-SDN/overlay-kube-flannel-example.yml'));
    expect(overlay.changes.every((change) => change.startsWith('DaemonSet'))).toBe(true);
    expect(overlay.diff).not.toContain('"VNI"');
  });

  it('writes a unified diff with the file name, hunks and the inserted selector', () => {
    const { diff } = patched(read('flannel/kube-flannel-v0.28.9.yml'));
    expect(diff.startsWith('--- a/kube-flannel.yml\n+++ b/kube-flannel.yml\n@@ -70,7 +70,7 @@\n')).toBe(true);
    expect(diff).toContain(['       hostNetwork: true', '+      nodeSelector:', '+        kubernetes.io/os: linux', '       priorityClassName: system-node-critical'].join('\n'));
  });
});
