import { describe, expect, it } from 'vitest';
import type { NodeConfigIssue } from './node-config-issues.js';
import { defaultNodeConfig, nodeConfigSchema, type NodeConfig, type NodePlugin } from './node-config-schema.js';
import { validateNodeConfig, type NodeContext } from './validate-node-config.js';

const TOKEN = 'abcdef.0123456789abcdef';
const HASH = `sha256:${'0123456789abcdef'.repeat(4)}`;

function valid(plugin: NodePlugin = 'bridge'): NodeConfig {
  const config = defaultNodeConfig(plugin);
  config.Kubernetes.ControlPlane = { IpAddress: '10.0.0.4', Username: 'localadmin', KubeadmToken: TOKEN, KubeadmCAHash: HASH };
  return config;
}

const codes = (issues: NodeConfigIssue[]) => issues.map((item) => `${item.severity} ${item.code} ${item.field}`);
const check = (edit: (config: NodeConfig) => void, context: NodeContext = {}, plugin: NodePlugin = 'bridge') => {
  const config = valid(plugin);
  edit(config);
  return validateNodeConfig(config, context);
};

describe('validateNodeConfig', () => {
  it('accepts the seed defaults once the control plane values are given, for both plugins', () => {
    expect(validateNodeConfig(valid('bridge'))).toEqual([]);
    expect(codes(validateNodeConfig(valid('vxlan')))).toEqual(['warning VXLAN_NEEDS_KB4489899 Cni.Plugin.Name']);
    expect(nodeConfigSchema.safeParse(valid()).success).toBe(true);
  });

  it('refuses empty control-plane values by field, and allows empty gates for bridge only', () => {
    expect(codes(validateNodeConfig(defaultNodeConfig('bridge')))).toEqual([
      'error VALUE_REQUIRED Kubernetes.ControlPlane.IpAddress',
      'error VALUE_REQUIRED Kubernetes.ControlPlane.KubeadmToken',
      'error VALUE_REQUIRED Kubernetes.ControlPlane.KubeadmCAHash',
    ]);
    expect(check((c) => (c.Kubernetes.KubeProxy.Gates = ''))).toEqual([]);
    expect(codes(check((c) => (c.Kubernetes.KubeProxy.Gates = ''), { windowsBuild: '17763.379' }, 'vxlan'))).toEqual(['error VXLAN_NEEDS_WIN_OVERLAY Kubernetes.KubeProxy.Gates']);
  });

  it.each([
    ['Kubernetes.ControlPlane.IpAddress', (c: NodeConfig) => (c.Kubernetes.ControlPlane.IpAddress = 'kubemasterIP'), 'kubemasterIP'],
    ['Kubernetes.ControlPlane.KubeadmToken', (c: NodeConfig) => (c.Kubernetes.ControlPlane.KubeadmToken = 'token'), 'token'],
    ['Kubernetes.ControlPlane.KubeadmCAHash', (c: NodeConfig) => (c.Kubernetes.ControlPlane.KubeadmCAHash = 'discovery-token-ca-cert-hash'), 'discovery-token-ca-cert-hash'],
    ['Cni.InterfaceName', (c: NodeConfig) => (c.Cni.InterfaceName = '<interface>'), '<interface>'],
  ])('refuses the placeholder at %s by field name', (field, edit, placeholder) => {
    const issues = check(edit);
    expect(issues).toEqual([{ code: 'PLACEHOLDER', severity: 'error', field, message: expect.stringContaining(`placeholder: give the real value instead of the example's "${placeholder}"`) }]);
  });

  it('checks each Cni.Source entry: a name and an https URL', () => {
    const issues = check((c) => c.Cni.Source.push({ Name: '', Url: 'http://example.com/flanneld.exe' }));
    expect(codes(issues)).toEqual(['error VALUE_REQUIRED Cni.Source.1.Name', 'error URL_NOT_HTTPS Cni.Source.1.Url']);
    expect(check((c) => (c.Cni.Source = []))).toEqual([]);
  });

  it('requires the URL to download the release it names, and warns when it names none', () => {
    expect(codes(check((c) => (c.Kubernetes.Source.Release = '1.16.2')))).toEqual(['error RELEASE_URL_MISMATCH Kubernetes.Source.Url']);
    expect(check((c) => (c.Kubernetes.Source = { Release: '1.16.2', Url: 'https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz' }))).toEqual([]);
    expect(codes(check((c) => (c.Kubernetes.Source.Url = 'https://mirror.local/node.tar.gz')))).toEqual(['warning URL_VERSION_UNKNOWN Kubernetes.Source.Url']);
    // A refused release or URL is reported once, not again as a mismatch.
    expect(codes(check((c) => (c.Kubernetes.Source.Release = 'v1.15.0')))).toEqual(['error RELEASE_INVALID Kubernetes.Source.Release']);
  });

  it('refuses a cluster range that overlaps the service range', () => {
    expect(codes(check((c) => (c.Kubernetes.Network.ClusterCidr = '10.96.0.0/16')))).toEqual(['error CIDR_OVERLAP Kubernetes.Network.ClusterCidr']);
    expect(check((c) => (c.Kubernetes.Network.ClusterCidr = '10.112.0.0/16'))).toEqual([]);
  });

  it('requires WinOverlay=true for vxlan, and says when DSR would be silently off', () => {
    const build = { windowsBuild: '17763.379' };
    expect(codes(check((c) => (c.Kubernetes.KubeProxy.Gates = 'WinDSR=true'), build, 'vxlan'))).toEqual(['error VXLAN_NEEDS_WIN_OVERLAY Kubernetes.KubeProxy.Gates']);
    expect(codes(check((c) => (c.Kubernetes.KubeProxy.Gates = 'WinOverlay=false'), build, 'vxlan'))).toEqual(['error VXLAN_NEEDS_WIN_OVERLAY Kubernetes.KubeProxy.Gates']);
    expect(check(() => undefined, build, 'vxlan')).toEqual([]);
    expect(codes(check((c) => (c.Kubernetes.KubeProxy.Gates = 'WinOverlay=true,WinDSR=true'), build, 'vxlan'))).toEqual(['warning DSR_GATE_IGNORED Kubernetes.KubeProxy.Gates']);
    expect(check((c) => (c.Kubernetes.KubeProxy.Gates = 'windsr=TRUE'))).toEqual([]);
  });

  it('warns that vxlan needs Windows Server 2019 with KB4489899 and offers bridge, unless the build shows it', () => {
    const [warning] = check(() => undefined, {}, 'vxlan');
    expect(warning).toMatchObject({ code: 'VXLAN_NEEDS_KB4489899', severity: 'warning', field: 'Cni.Plugin.Name' });
    expect(warning?.message).toMatch(/Windows Server 2019 with KB4489899.*choose bridge/);
    expect(check(() => undefined, { windowsBuild: '10.0.17763.253' }, 'vxlan')[0]?.message).toContain('This node is 17763.253, older than 17763.379.');
    expect(codes(check(() => undefined, { windowsBuild: 17763 }, 'vxlan'))).toEqual(['warning VXLAN_NEEDS_KB4489899 Cni.Plugin.Name']);
    expect(check(() => undefined, { windowsBuild: '17763.1577' }, 'vxlan')).toEqual([]);
    expect(check(() => undefined, { windowsBuild: '17763.253' }, 'bridge')).toEqual([]);
  });

  it('refuses a Windows build that is not a number or older than Windows Server 2019', () => {
    expect(codes(check(() => undefined, { windowsBuild: 'Server 2019' }))).toEqual(['error WINDOWS_BUILD_INVALID windowsBuild']);
    expect(codes(check(() => undefined, { windowsBuild: '14393' }))).toEqual(['error WINDOWS_BUILD_UNSUPPORTED windowsBuild', 'warning IMAGE_BUILD_MISMATCH Cri.Images.Nanoserver', 'warning IMAGE_BUILD_MISMATCH Cri.Images.ServerCore']);
  });

  it('warns when the Nanoserver or ServerCore tag is not the node build, and when the two tags disagree', () => {
    const ltsc2022 = { windowsBuild: '10.0.20348.169' };
    const issues = check(() => undefined, ltsc2022);
    expect(codes(issues)).toEqual(['warning IMAGE_BUILD_MISMATCH Cri.Images.Nanoserver', 'warning IMAGE_BUILD_MISMATCH Cri.Images.ServerCore']);
    expect(issues[0]?.message).toContain('the tag is build 17763 (Windows Server 2019 / 1809) but the node runs 20348 (Windows Server 2022)');
    const matched = (c: NodeConfig) => {
      c.Cri.Images.Nanoserver = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
      c.Cri.Images.ServerCore = 'mcr.microsoft.com/windows/servercore:10.0.20348.169-amd64';
    };
    expect(check(matched, ltsc2022)).toEqual([]);
    expect(check(() => undefined, { windowsBuild: 17763 })).toEqual([]);
    expect(codes(check((c) => (c.Cri.Images.ServerCore = 'mcr.microsoft.com/windows/servercore:ltsc2022')))).toEqual(['warning IMAGES_DISAGREE Cri.Images.ServerCore']);
    expect(check((c) => (c.Cri.Images.ServerCore = 'mcr.microsoft.com/windows/servercore:latest'))).toEqual([]);
  });

  it('refuses another CNI or CRI and an unknown plugin, accepting any letter case as PowerShell does', () => {
    expect(codes(check((c) => (c.Cni.Name = 'calico')))).toEqual(['error CNI_UNSUPPORTED Cni.Name']);
    expect(codes(check((c) => (c.Cri.Name = 'containerd')))).toEqual(['error CRI_UNSUPPORTED Cri.Name']);
    expect(codes(check((c) => (c.Cni.Plugin.Name = 'overlay')))).toEqual(['error PLUGIN_UNKNOWN Cni.Plugin.Name']);
    expect(check((c) => (c.Cni.Plugin.Name = 'BRIDGE'))).toEqual([]);
  });

  it('names every remaining field in its issue', () => {
    const issues = check((c) => {
      c.Cri.Images.Pause = 'pause 1.2.0';
      c.Cni.InterfaceName = '';
      c.Kubernetes.ControlPlane.Username = 'root@cp';
      c.Kubernetes.Network.ServiceCidr = '10.96.0.1/12';
      c.Install.Destination = 'ProgramData';
    });
    expect(codes(issues)).toEqual([
      'error IMAGE_INVALID Cri.Images.Pause',
      'error VALUE_REQUIRED Cni.InterfaceName',
      'error USERNAME_INVALID Kubernetes.ControlPlane.Username',
      'error CIDR_HOST_BITS_SET Kubernetes.Network.ServiceCidr',
      'error PATH_NOT_ABSOLUTE Install.Destination',
    ]);
  });
});
