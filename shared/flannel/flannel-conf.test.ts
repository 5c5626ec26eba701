import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCniConf, generateFlannelConfig } from './flannel-conf.js';
import { validateFlannelOptions } from './flannel-settings.js';

const mission = new URL('../../../shared/mission/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, mission), 'utf8');

/** The JSON the Kubernetes guide shows under `<key>: |`, read from the seed text itself. */
function seedJson(key: string): unknown {
  const seed = read('seeds/000_a446907c6c4d068e.txt');
  const start = seed.indexOf(`${key}: |`);
  const body = seed.slice(seed.indexOf('\n', start), seed.indexOf('```', start));
  return JSON.parse(body);
}

function generate(options: Parameters<typeof generateFlannelConfig>[0], existing?: Parameters<typeof generateFlannelConfig>[1]) {
  const result = generateFlannelConfig(options, existing);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('generateFlannelConfig', () => {
  it("produces exactly the seed's net-conf.json and cni-conf.json", () => {
    const config = generate({ clusterCidr: '10.244.0.0/16' });
    expect(config.netConf).toEqual(seedJson('net-conf.json'));
    expect(config.cniConf).toEqual(seedJson('cni-conf.json'));
    expect(JSON.parse(config.netConfJson)).toEqual(config.netConf);
    expect(config.cniConfJson.endsWith('}\n')).toBe(true);
  });

  it('uses the network name and backend type the Windows side (microsoft/SDN overlay) expects', () => {
    const windowsCni = JSON.parse(read('data/microsoft-SDN/overlay-cni.conf')) as { name: string };
    const windowsNet = JSON.parse(read('data/microsoft-SDN/overlay-net-conf.json')) as { Backend: { type: string } };
    const config = generate({ clusterCidr: '192.168.0.0/16' });
    expect(config.cniConf.name).toBe(windowsCni.name);
    expect(config.netConf.Backend.Type).toBe(windowsNet.Backend.type);
    expect(config.netConf.Network).toBe('192.168.0.0/16');
  });

  it("keeps the manifest's cniVersion, its other net-conf keys and their order", () => {
    const config = generate(
      { clusterCidr: '10.244.0.0/16' },
      { netConf: { Network: '10.1.0.0/16', EnableNFTables: false, Backend: { Type: 'host-gw' } }, cniConf: { name: 'cbr0', cniVersion: '0.3.1', plugins: [] } },
    );
    expect(Object.keys(config.netConf)).toEqual(['Network', 'EnableNFTables', 'Backend']);
    expect(config.netConf).toEqual({ Network: '10.244.0.0/16', EnableNFTables: false, Backend: { Type: 'vxlan', VNI: 4096, Port: 4789 } });
    expect(Object.keys(config.cniConf)).toEqual(['name', 'cniVersion', 'plugins']);
    expect(config.cniConf.cniVersion).toBe('0.3.1');
  });

  it('keeps the single-plugin format of old manifests (their install-cni copies to 10-flannel.conf)', () => {
    expect(buildCniConf({ name: 'cbr0', type: 'flannel', delegate: { isDefaultGateway: true } })).toEqual({
      format: 'single',
      conf: { name: 'vxlan0', type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
    });
  });

  it('drops other Backend keys and reports them', () => {
    const config = generate({ clusterCidr: '10.244.0.0/16' }, { netConf: { Network: '10.244.0.0/16', Backend: { Type: 'vxlan', DirectRouting: true, VNI: 1 } } });
    expect(config.netConf.Backend).toEqual({ Type: 'vxlan', VNI: 4096, Port: 4789 });
    expect(config.droppedBackendKeys).toEqual(['DirectRouting']);
  });
});

describe('validateFlannelOptions', () => {
  const errors = (options: Parameters<typeof validateFlannelOptions>[0]) => {
    const result = validateFlannelOptions(options);
    return result.ok ? [] : result.errors;
  };

  it('refuses another VNI or port for a cluster with Windows nodes, saying why', () => {
    expect(errors({ clusterCidr: '10.244.0.0/16', vni: 1, port: 8472 })).toEqual([
      {
        code: 'VXLAN_VNI_UNSUPPORTED',
        field: 'vni',
        message: 'VXLAN VNI 1 does not work with Windows nodes: flannel on Windows (v0.11–v0.13) interoperates with Linux only on VNI 4096.',
      },
      {
        code: 'VXLAN_PORT_UNSUPPORTED',
        field: 'port',
        message: 'VXLAN port 8472 does not work with Windows nodes: flannel on Windows (v0.11–v0.13) interoperates with Linux only on UDP 4789.',
      },
    ]);
    expect(errors({ clusterCidr: '10.244.0.0/16', directRouting: true }).map((error) => error.code)).toEqual(['DIRECT_ROUTING_UNSUPPORTED']);
  });

  it('allows them for a Linux-only cluster, but never out-of-range values', () => {
    const linuxOnly = validateFlannelOptions({ clusterCidr: '10.244.0.0/16', vni: 1, port: 8472, directRouting: true, windowsNodes: false });
    expect(linuxOnly.ok && linuxOnly.settings).toEqual({ network: '10.244.0.0/16', vni: 1, port: 8472, directRouting: true });
    expect(generate({ clusterCidr: '10.244.0.0/16', directRouting: true, windowsNodes: false }).netConf.Backend.DirectRouting).toBe(true);
    expect(errors({ clusterCidr: '10.244.0.0/16', vni: 0, port: 70_000, windowsNodes: false }).map((error) => error.code)).toEqual(['VXLAN_VNI_INVALID', 'VXLAN_PORT_INVALID']);
    expect(errors({ clusterCidr: '10.244.0.0/16', vni: 4096.5 }).map((error) => error.code)).toEqual(['VXLAN_VNI_INVALID']);
  });

  it('names the clusterCidr field for an invalid or unaligned CIDR', () => {
    expect(errors({ clusterCidr: 'ten.0.0.0/8' })).toEqual([
      { code: 'CLUSTER_CIDR_INVALID', field: 'clusterCidr', message: 'Cluster CIDR "ten.0.0.0/8" is not an IPv4 network in CIDR form (e.g. 10.244.0.0/16).' },
    ]);
    expect(errors({ clusterCidr: '10.244.1.0/16' })).toEqual([
      { code: 'CLUSTER_CIDR_INVALID', field: 'clusterCidr', message: 'Cluster CIDR "10.244.1.0/16" has host bits set; the network is 10.244.0.0/16.' },
    ]);
    expect(errors({ clusterCidr: 'fd00::/64' }).map((error) => error.field)).toEqual(['clusterCidr']);
  });
});
