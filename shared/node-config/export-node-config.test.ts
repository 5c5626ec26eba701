import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNodeConfig } from './export-node-config.js';
import { interfaceRule } from './field-rules.js';
import { importNodeConfig, readNodeConfigText } from './import-node-config.js';
import { defaultNodeConfig, kubernetesNodeUrl, type ExtraField, type NodeConfig } from './node-config-schema.js';
import { placeholderMessage } from './placeholders.js';
import { REAL } from './testing/examples.js';

function valid(): NodeConfig {
  const config = defaultNodeConfig('vxlan');
  config.Kubernetes.ControlPlane = { IpAddress: REAL.ip, Username: 'localadmin', KubeadmToken: REAL.token, KubeadmCAHash: REAL.caHash };
  return config;
}

/** Inserts `line` after the first line containing `marker`, with the indentation of the line after it. */
function insertAfter(text: string, marker: string, line: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((candidate) => candidate.includes(marker));
  lines.splice(index + 1, 0, line);
  return lines.join('\n');
}

describe('exportNodeConfig', () => {
  it('writes every section complete, in the examples order, with 4 or 2 spaces', () => {
    const text = exportNodeConfig(valid());
    expect(text.startsWith('{\n    "Cri": {\n        "Name": "dockerd",\n        "Images": {\n')).toBe(true);
    expect(text.endsWith('    "Install": {\n        "Destination": "C:\\\\ProgramData\\\\Kubernetes"\n    }\n}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['Cri', 'Cni', 'Kubernetes', 'Install']);
    expect(Object.keys(JSON.parse(text).Kubernetes)).toEqual(['Source', 'ControlPlane', 'KubeProxy', 'Network']);
    expect(exportNodeConfig(valid(), { indent: 2 }).split('\n')[2]).toBe('    "Name": "dockerd",');
    // Key order comes from the model, not from how the object was built.
    const shuffled = valid();
    shuffled.Cri = { Images: shuffled.Cri.Images, Name: shuffled.Cri.Name };
    expect(exportNodeConfig(shuffled)).toBe(text);
  });

  it('writes only ASCII, escaping other characters, so Windows PowerShell reads it in any code page', () => {
    const config = valid();
    config.Cni.InterfaceName = 'Ethernet é 🚀';
    const text = exportNodeConfig(config);
    expect([...text].every((char) => char === '\n' || (char >= ' ' && char <= '~'))).toBe(true);
    expect(text).toContain('"InterfaceName": "Ethernet \\u00e9 \\ud83d\\ude80"');
    expect(JSON.parse(text).Cni.InterfaceName).toBe('Ethernet é 🚀');
  });

  it('puts unknown fields back where they were, at every level, byte for byte', () => {
    let text = exportNodeConfig(valid());
    text = text.replace('{\n    "Cri": {', '{\n    "$schema": "kubecluster",\n    "Cri": {');
    text = insertAfter(text, '"Name": "dockerd"', '        "1": true,');
    text = insertAfter(text, '"Name": "flanneld"', '                "Sha256": "ab01",');
    text = insertAfter(text, '"ClusterCidr"', '            "DnsIp": "10.96.0.10"').replace('"ClusterCidr": "10.244.0.0/16"', '"ClusterCidr": "10.244.0.0/16",');
    text = text.replace(/\n {4}}\n}\n$/, '\n    },\n    "Notes": {\n        "__proto__": [\n            1.5,\n            -0,\n            null,\n            {}\n        ],\n        "owner": "ops"\n    }\n}\n');
    const read = readNodeConfigText(text);
    expect(read.issues.map((item) => `${item.code} ${item.field}`)).toEqual([
      'UNKNOWN_FIELD_KEPT $schema',
      'UNKNOWN_FIELD_KEPT Cri.1',
      'UNKNOWN_FIELD_KEPT Cni.Source.0.Sha256',
      'UNKNOWN_FIELD_KEPT Kubernetes.Network.DnsIp',
      'UNKNOWN_FIELD_KEPT Notes',
    ]);
    expect(read.extras.map(({ parent, key, after }) => [parent, key, after])).toEqual([
      ['', '$schema', null],
      ['Cri', '1', 'Name'],
      ['Cni.Source.0', 'Sha256', 'Name'],
      ['Kubernetes.Network', 'DnsIp', 'ClusterCidr'],
      ['', 'Notes', 'Install'],
    ]);
    expect(Object.getPrototypeOf(read.extras[4]?.value)).toBe(Object.prototype);
    expect(exportNodeConfig(read.config ?? expect.fail('not read'), { extras: read.extras })).toBe(text);
  });

  it('puts an extra whose neighbour is gone at the end of its object, and drops one whose list item is gone', () => {
    const extras: ExtraField[] = [
      { parent: 'Install', key: 'Drive', after: 'Gone', value: 'D' },
      { parent: 'Cni.Source.5', key: 'Sha256', after: 'Url', value: 'x' },
    ];
    const parsed = JSON.parse(exportNodeConfig(valid(), { extras }));
    expect(parsed.Install).toEqual({ Destination: 'C:\\ProgramData\\Kubernetes', Drive: 'D' });
    expect(JSON.stringify(parsed.Cni.Source)).not.toContain('Sha256');
  });
});

/** Valid configs over the ranges KubeCluster.ps1 accepts, with names and paths that exercise escaping. */
const configArbitrary = fc
  .record({
    plugin: fc.constantFrom('vxlan', 'bridge'),
    vxlanGates: fc.constantFrom('WinOverlay=true', 'WinOverlay=true,WinDSR=false'),
    bridgeGates: fc.constantFrom('WinDSR=true', '', 'WinOverlay=true'),
    ip: fc.tuple(fc.integer({ min: 1, max: 223 }).filter((first) => first !== 127), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 })),
    username: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,15}$/),
    token: fc.stringMatching(/^[a-z0-9]{6}\.[a-z0-9]{16}$/),
    hash: fc.stringMatching(/^sha256:[0-9a-f]{64}$/),
    release: fc.tuple(fc.integer({ min: 14, max: 23 }), fc.nat(30)).map(([minor, patch]) => `1.${minor}.${patch}`),
    mirror: fc.boolean(),
    iface: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((name) => interfaceRule(name) === undefined && name !== ''),
    networks: fc.constantFrom(['10.96.0.0/12', '10.244.0.0/16'], ['172.16.0.0/16', '192.168.0.0/16'], ['10.0.0.0/24', '10.1.0.0/16']),
    destination: fc.stringMatching(/^[C-F]:\\[A-Za-z0-9_.\\-]{0,30}$/),
    // A valid config only: a name such as "<>" is an example's placeholder, which validation rightly refuses.
    sources: fc.array(fc.record({ Name: fc.string({ minLength: 1, maxLength: 10 }).filter((name) => name.trim() !== '' && placeholderMessage('Cni.Source.0.Name', name) === undefined), Url: fc.webUrl().map((url) => url.replace(/^http:/, 'https:')) }), { maxLength: 3 }),
  })
  .map((v): NodeConfig => {
    const config = defaultNodeConfig(v.plugin);
    const url = v.mirror ? `https://mirror.example/k8s/v${v.release}/node.tar.gz` : kubernetesNodeUrl(v.release);
    config.Cni = { ...config.Cni, Source: v.sources, InterfaceName: v.iface };
    config.Kubernetes = {
      Source: { Release: v.release, Url: url },
      ControlPlane: { IpAddress: v.ip.join('.'), Username: v.username, KubeadmToken: v.token, KubeadmCAHash: v.hash },
      KubeProxy: { Gates: v.plugin === 'vxlan' ? v.vxlanGates : v.bridgeGates },
      Network: { ServiceCidr: v.networks[0] ?? '', ClusterCidr: v.networks[1] ?? '' },
    };
    config.Install.Destination = v.destination;
    return config;
  });

const parents = ['', 'Cri', 'Cri.Images', 'Cni', 'Cni.Plugin', 'Kubernetes', 'Kubernetes.Source', 'Kubernetes.Network', 'Install'];
const known = new Set(['cri', 'cni', 'kubernetes', 'install', 'name', 'images', 'pause', 'nanoserver', 'servercore', 'source', 'plugin', 'interfacename', 'release', 'url', 'controlplane', 'master', 'kubeproxy', 'network', 'servicecidr', 'clustercidr', 'destination']);
const extrasArbitrary = fc.uniqueArray(
  fc.record({ parent: fc.constantFrom(...parents), key: fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !known.has(key.toLowerCase())), after: fc.constant(null), value: fc.jsonValue({ maxDepth: 2 }) }),
  { selector: (extra) => `${extra.parent}\u0000${extra.key.toLowerCase()}`, maxLength: 6 },
);

describe('export → import', () => {
  it('is the identity for every valid config, and keeps every extra field and its place', () => {
    fc.assert(
      fc.property(configArbitrary, extrasArbitrary, (config, generated) => {
        const text = exportNodeConfig(config, { extras: generated as ExtraField[] });
        const imported = importNodeConfig(text, { windowsBuild: '10.0.17763.379' });
        expect(imported.config).toEqual(config);
        expect(imported.ok).toBe(true);
        expect(imported.issues.every((item) => item.code === 'UNKNOWN_FIELD_KEPT')).toBe(true);
        // Compared by place and key; values may hold keys such as `toString`, so nothing is turned into text.
        const byKey = (extras: readonly ExtraField[]) => new Map(extras.map((extra) => [`${extra.parent}\u0000${extra.key}`, extra.value]));
        expect(byKey(imported.extras)).toEqual(byKey(generated as ExtraField[]));
        // Once placed, extras stay put: a second round trip gives the same text.
        expect(exportNodeConfig(imported.config ?? config, { extras: imported.extras })).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
