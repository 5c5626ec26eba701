import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { exportNodeConfig } from './export-node-config.js';
import { importNodeConfig } from './import-node-config.js';
import type { NodeConfigIssue } from './node-config-issues.js';
import { example, examples, REAL, withRealValues } from './testing/examples.js';

const summary = (issues: NodeConfigIssue[]) => issues.map((item) => `${item.line}:${item.column} ${item.severity} ${item.code} ${item.field}`);
const placeholders = [
  '28:27 error PLACEHOLDER Kubernetes.ControlPlane.IpAddress',
  '30:30 error PLACEHOLDER Kubernetes.ControlPlane.KubeadmToken',
  '31:31 error PLACEHOLDER Kubernetes.ControlPlane.KubeadmCAHash',
];
const kb4489899 = '18:21 warning VXLAN_NEEDS_KB4489899 Cni.Plugin.Name';

/** What each published file says, and what import must report about it, in file order. */
const expected: Record<(typeof examples)[number], { release: string; plugin: string; gates: string; pause?: string; issues: string[] }> = {
  'seed-Kubeclustervxlan.jsonc': { release: '1.15.0', plugin: 'vxlan', gates: 'WinOverlay=true', issues: ['2:16 notice COMMENTS_DROPPED file', kb4489899, ...placeholders] },
  'sig-windows-tools/Kubeclustervxlan.json': { release: '1.15.5', plugin: 'vxlan', gates: 'WinOverlay=true', issues: [kb4489899, ...placeholders] },
  'sig-windows-tools/Kubeclusterbridge.json': { release: '1.15.5', plugin: 'bridge', gates: 'WinDSR=true', issues: placeholders },
  'sig-windows-tools/v1.16.0/Kubeclustervxlan.json': { release: '1.16.2', plugin: 'vxlan', gates: 'WinOverlay=true', issues: [kb4489899, ...placeholders] },
  'sig-windows-tools/v1.16.0/Kubeclusterbridge.json': { release: '1.16.2', plugin: 'bridge', gates: 'WinDSR=true', issues: placeholders },
  'sig-windows-tools/v1.15.0-2019-06/Kubeclustervxlan.json': {
    release: '1.14.0',
    plugin: 'vxlan',
    gates: 'WinOverlay=true',
    pause: 'mcr.microsoft.com/k8s/core/pause:1.0.0',
    issues: [kb4489899, '27:9 notice MIGRATED_MASTER Kubernetes.ControlPlane', ...placeholders],
  },
  'sig-windows-tools/v1.15.0-2019-06/Kubeclusterbridge.json': {
    release: '1.14.0',
    plugin: 'bridge',
    gates: 'WinDSR=true',
    pause: 'mcr.microsoft.com/k8s/core/pause:1.0.0',
    // The published file really says Release 1.14.0 with a v1.14.1 URL.
    issues: ['25:21 error RELEASE_URL_MISMATCH Kubernetes.Source.Url', '27:9 notice MIGRATED_MASTER Kubernetes.ControlPlane', ...placeholders],
  },
};

describe.each(examples)('import %s', (name) => {
  const want = expected[name];

  it('reads every field and reports exactly the expected problems at their line and column', () => {
    const result = importNodeConfig(example(name));
    expect(summary(result.issues)).toEqual(want.issues);
    expect(result.ok).toBe(false);
    expect(result.extras).toEqual([]);
    const config = result.config;
    expect(config?.Kubernetes.Source.Release).toBe(want.release);
    expect(config?.Kubernetes.Source.Url).toBe(`https://dl.k8s.io/v${name.endsWith('2019-06/Kubeclusterbridge.json') ? '1.14.1' : want.release}/kubernetes-node-windows-amd64.tar.gz`);
    expect(config?.Cni.Plugin.Name).toBe(want.plugin);
    expect(config?.Kubernetes.KubeProxy.Gates).toBe(want.gates);
    expect(config?.Cri.Images.Pause).toBe(want.pause ?? 'mcr.microsoft.com/k8s/core/pause:1.2.0');
    expect(config?.Install.Destination).toBe('C:\\ProgramData\\Kubernetes');
    expect(config?.Cni.Source).toEqual([{ Name: 'flanneld', Url: 'https://github.com/coreos/flannel/releases/download/v0.11.0/flanneld.exe' }]);
    expect(config?.Kubernetes.ControlPlane).toEqual({ IpAddress: 'kubemasterIP', Username: 'localadmin', KubeadmToken: 'token', KubeadmCAHash: 'discovery-token-ca-cert-hash' });
  });

  it('exports plain JSON with the same content (the 2019 Master under its current name)', () => {
    const { config } = importNodeConfig(example(name));
    const text = exportNodeConfig(config ?? expect.fail('not imported'));
    const original = parse(example(name)) as { Kubernetes: Record<string, unknown> };
    if ('Master' in original.Kubernetes) {
      original.Kubernetes = Object.fromEntries(Object.entries(original.Kubernetes).map(([key, value]) => [key === 'Master' ? 'ControlPlane' : key, value]));
    }
    // JSON.parse is as strict as ConvertFrom-Json about comments and trailing commas.
    expect(JSON.parse(text)).toEqual(original);
    expect(text.split('\n')[1]).toBe('    "Cri": {');
  });

  it('is valid once the three placeholders hold real values', () => {
    const result = importNodeConfig(withRealValues(example(name)), { windowsBuild: '10.0.17763.379' });
    const errors = result.issues.filter((item) => item.severity === 'error');
    expect(errors.map((item) => item.code)).toEqual(name.endsWith('2019-06/Kubeclusterbridge.json') ? ['RELEASE_URL_MISMATCH'] : []);
    expect(result.config?.Kubernetes.ControlPlane).toEqual({ IpAddress: REAL.ip, Username: 'localadmin', KubeadmToken: REAL.token, KubeadmCAHash: REAL.caHash });
  });
});
