import { describe, expect, it } from 'vitest';
import { applyNodeConfigInputs, urlForRelease } from './node-config-edit.js';
import { defaultNodeConfig } from './node-config-schema.js';
import { imageTagBuild, overlaySupport, parseWindowsBuild } from './windows-build.js';

describe('applyNodeConfigInputs', () => {
  it('writes each input to its field, trimmed, and lists only the fields that changed', () => {
    const before = defaultNodeConfig('vxlan');
    const { config, changed } = applyNodeConfigInputs(before, {
      controlPlaneIp: ' 10.0.0.4 ',
      username: 'localadmin',
      token: 'abcdef.0123456789abcdef\n',
      interfaceName: 'Ethernet 2',
      clusterCidr: '10.200.0.0/16',
    });
    expect(changed).toEqual(['Kubernetes.ControlPlane.IpAddress', 'Kubernetes.ControlPlane.KubeadmToken', 'Cni.InterfaceName', 'Kubernetes.Network.ClusterCidr']);
    expect(config.Kubernetes.ControlPlane).toEqual({ IpAddress: '10.0.0.4', Username: 'localadmin', KubeadmToken: 'abcdef.0123456789abcdef', KubeadmCAHash: '' });
    expect(before.Kubernetes.ControlPlane.IpAddress).toBe('');
  });

  it('moves the download URL with the release, keeping a mirror host', () => {
    const { config, changed } = applyNodeConfigInputs(defaultNodeConfig(), { release: '1.16.2' });
    expect(changed).toEqual(['Kubernetes.Source.Url', 'Kubernetes.Source.Release']);
    expect(config.Kubernetes.Source).toEqual({ Release: '1.16.2', Url: 'https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz' });
    expect(urlForRelease('https://mirror.local/k8s/v1.15.0/node.tar.gz', '1.15.0', '1.16.2')).toBe('https://mirror.local/k8s/v1.16.2/node.tar.gz');
    expect(urlForRelease('https://mirror.local/node.tar.gz', '1.15.0', '1.16.2')).toBe('https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz');
  });

  it("switches the gates with the plugin while they are the old plugin's default, and leaves hand-written gates", () => {
    const bridge = applyNodeConfigInputs(defaultNodeConfig('vxlan'), { plugin: 'bridge' });
    expect(bridge.changed).toEqual(['Kubernetes.KubeProxy.Gates', 'Cni.Plugin.Name']);
    expect(bridge.config.Kubernetes.KubeProxy.Gates).toBe('WinDSR=true');
    const custom = defaultNodeConfig('bridge');
    custom.Kubernetes.KubeProxy.Gates = 'WinDSR=true,IPv6DualStack=false';
    expect(applyNodeConfigInputs(custom, { plugin: 'vxlan' }).config.Kubernetes.KubeProxy.Gates).toBe('WinDSR=true,IPv6DualStack=false');
    expect(applyNodeConfigInputs(defaultNodeConfig('vxlan'), { plugin: 'overlay' }).changed).toEqual(['Cni.Plugin.Name']);
    expect(applyNodeConfigInputs(defaultNodeConfig('vxlan'), { plugin: 'vxlan' }).changed).toEqual([]);
  });
});

describe('Windows builds', () => {
  it('reads a build as winver, OSVersion or ver show it', () => {
    expect(parseWindowsBuild(17763)).toEqual({ build: 17763 });
    expect(parseWindowsBuild('17763.379')).toEqual({ build: 17763, revision: 379 });
    expect(parseWindowsBuild(' 10.0.20348.169 ')).toEqual({ build: 20348, revision: 169 });
    expect(parseWindowsBuild('Windows Server 2019')).toBeUndefined();
    expect(parseWindowsBuild('1809')).toBeUndefined();
  });

  it('reads the build an image tag names', () => {
    expect(imageTagBuild('mcr.microsoft.com/windows/nanoserver:1809')).toBe(17763);
    expect(imageTagBuild('mcr.microsoft.com/windows/servercore:ltsc2019-amd64')).toBe(17763);
    expect(imageTagBuild('registry.local:5000/windows/servercore:10.0.20348.169')).toBe(20348);
    expect(imageTagBuild('registry.local:5000/windows/servercore')).toBeUndefined();
    expect(imageTagBuild('mcr.microsoft.com/windows/nanoserver:latest')).toBeUndefined();
  });

  it('knows where overlay works: 2019 from 17763.379 (KB4489899), later builds always', () => {
    expect(overlaySupport(undefined)).toBe('unknown');
    expect(overlaySupport({ build: 17763 })).toBe('unknown');
    expect(overlaySupport({ build: 17763, revision: 378 })).toBe('needs-update');
    expect(overlaySupport({ build: 17763, revision: 379 })).toBe('yes');
    expect(overlaySupport({ build: 18362 })).toBe('yes');
  });
});
