import { describe, expect, it } from 'vitest';
import { importNodeConfig, readNodeConfigText } from './import-node-config.js';
import type { NodeConfigIssue } from './node-config-issues.js';
import { example, withRealValues } from './testing/examples.js';

const summary = (issues: NodeConfigIssue[]) => issues.filter((item) => item.code !== 'VXLAN_NEEDS_KB4489899').map((item) => `${item.line}:${item.column} ${item.severity} ${item.code} ${item.field}`);
/** A valid plain file to break in small ways (v1.16.0 vxlan with real values). */
const base = withRealValues(example('sig-windows-tools/v1.16.0/Kubeclustervxlan.json'));
const lines = base.split('\n');

describe('importing a broken file', () => {
  it('reports a missing brace where the text runs out, and where the indentation shows it went missing', () => {
    // Line 8 is the `}` that closes Cri.Images.
    const result = importNodeConfig(lines.filter((_, index) => index !== 7).join('\n'));
    expect(result.config).toBeUndefined();
    expect(result.issues).toEqual([
      {
        code: 'JSON_SYNTAX',
        severity: 'error',
        field: 'file',
        line: 43,
        column: 2,
        message:
          'CloseBraceExpected: expected "}" to close an object (the one that opens at line 1, column 1). Line 8 closes with less indentation than line 4 opened: a "}" or "]" is probably missing just before line 8.',
      },
    ]);
  });

  it('reports every syntax error with its jsonc-parser code name, line and column', () => {
    const text = base.replace('"dockerd",', '"dockerd"').replace('"C:\\\\ProgramData\\\\Kubernetes"', '"C:\\ProgramData\\Kubernetes"');
    expect(summary(importNodeConfig(text).issues)).toEqual(['4:9 error JSON_SYNTAX file', '42:25 error JSON_SYNTAX file']);
    expect(importNodeConfig(text).issues.map((item) => item.message.split(':')[0])).toEqual(['CommaExpected', 'InvalidEscapeCharacter']);
    expect(importNodeConfig(text).issues[1]?.message).toContain('a Windows path needs doubled backslashes');
  });

  it('reports a wrong type at the value, keeps the default there and goes on', () => {
    const result = importNodeConfig(base.replace('"InterfaceName" : "Ethernet"', '"InterfaceName" : 42'));
    expect(summary(result.issues)).toEqual(['20:27 error TYPE_INVALID Cni.InterfaceName']);
    expect(result.issues.find((item) => item.code === 'TYPE_INVALID')?.message).toBe('expected a string in double quotes, found a number (KubeCluster.ps1 reads text; put the value in quotes).');
    expect(result.config?.Cni.InterfaceName).toBe('Ethernet');
    const section = importNodeConfig(base.replace(/"Network" : \{[^}]*\}/, '"Network" : ["10.96.0.0/12"]'));
    expect(summary(section.issues)).toEqual(['36:21 error TYPE_INVALID Kubernetes.Network']);
  });

  it('reports an unknown plugin at its value', () => {
    const result = importNodeConfig(base.replace('"Name": "vxlan"', '"Name": "overlay"'));
    expect(summary(result.issues)).toEqual(['18:21 error PLUGIN_UNKNOWN Cni.Plugin.Name']);
    expect(result.config?.Cni.Plugin.Name).toBe('overlay');
  });

  it('refuses a document that is not one object, and an empty one', () => {
    expect(summary(importNodeConfig('\n  ["Cri"]').issues)).toEqual(['2:3 error ROOT_NOT_OBJECT file']);
    expect(summary(importNodeConfig('  // nothing\n').issues)).toEqual(['2:1 error JSON_SYNTAX file']);
  });

  it('counts lines the same with CRLF endings and a byte-order mark', () => {
    const text = `\uFEFF${base.replace('"Name": "vxlan"', '"Name": "overlay"').replace(/\n/g, '\r\n')}`;
    expect(summary(importNodeConfig(text).issues)).toEqual(['18:21 error PLUGIN_UNKNOWN Cni.Plugin.Name']);
  });

  it('refuses repeated keys, even differing only in case, as ConvertFrom-Json does', () => {
    const result = importNodeConfig(base.replace('"Name" : "dockerd",', '"Name" : "dockerd", "name" : "containerd",'));
    expect(summary(result.issues)).toEqual(['3:29 error DUPLICATE_KEY Cri.name']);
    expect(result.config?.Cri.Name).toBe('dockerd');
  });
});

describe('importing the 2019 schema and partial files', () => {
  it('migrates Kubernetes.Master to ControlPlane and says so', () => {
    const result = importNodeConfig(example('sig-windows-tools/v1.15.0-2019-06/Kubeclustervxlan.json'));
    const notice = result.issues.find((item) => item.code === 'MIGRATED_MASTER');
    expect(notice).toMatchObject({ severity: 'notice', field: 'Kubernetes.ControlPlane', line: 27, column: 9 });
    expect(notice?.message).toContain('Kubernetes.Master was migrated to Kubernetes.ControlPlane');
    expect(result.locations['Kubernetes.ControlPlane.IpAddress']).toEqual({ line: 28, column: 27 });
  });

  it('keeps Master as an extra when ControlPlane is there too, since KubeCluster.ps1 reads only ControlPlane', () => {
    const text = base.replace('"KubeProxy" :', '"Master" : { "IpAddress" : "10.9.9.9" },\n        "KubeProxy" :');
    const result = readNodeConfigText(text);
    expect(summary(result.issues)).toEqual(['33:9 warning MASTER_IGNORED Kubernetes.Master']);
    expect(result.config?.Kubernetes.ControlPlane.IpAddress).toBe('10.0.0.4');
    expect(result.extras).toEqual([{ parent: 'Kubernetes', key: 'Master', after: 'ControlPlane', value: { IpAddress: '10.9.9.9' } }]);
  });

  it('matches keys in any letter case, as PowerShell does, and exports the usual spelling', () => {
    const result = importNodeConfig(base.replace('"Install" :', '"install" :'));
    expect(summary(result.issues)).toEqual(['41:5 notice KEY_CASE Install']);
    expect(result.config?.Install.Destination).toBe('C:\\ProgramData\\Kubernetes');
  });

  it('fills a missing section with KubeCluster.ps1 defaults, and refuses a missing Kubernetes or ControlPlane', () => {
    const noInstall = importNodeConfig(base.replace(/,\s*"Install" : \{[^}]*\}/, ''));
    expect(summary(noInstall.issues)).toEqual(['1:1 notice SECTION_DEFAULTED Install']);
    const noSource = importNodeConfig(base.replace(/"Source" : \{[^}]*\},/, '"Source" : null,'));
    expect(summary(noSource.issues)).toEqual(['22:20 notice SECTION_DEFAULTED Kubernetes.Source']);
    expect(noSource.config?.Kubernetes.Source).toEqual({ Release: '1.16.2', Url: 'https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz' });
    const noPlane = importNodeConfig(base.replace(/"ControlPlane" : \{[^}]*\},/, ''));
    expect(summary(noPlane.issues).slice(0, 1)).toEqual(['22:20 error SECTION_MISSING Kubernetes.ControlPlane']);
    expect(noPlane.issues.find((item) => item.code === 'SECTION_MISSING')?.message).toContain('"Control-plane node information missing in the configuration file"');
    const noKubernetes = readNodeConfigText('{ "Cri": null }');
    expect(summary(noKubernetes.issues)).toEqual(['1:1 notice SECTION_DEFAULTED Cri', '1:1 notice SECTION_DEFAULTED Cni', '1:1 error SECTION_MISSING Kubernetes', '1:1 notice SECTION_DEFAULTED Install']);
  });

  it('gives a bridge file without KubeProxy no gates, as KubeCluster.ps1 does', () => {
    const bridge = withRealValues(example('sig-windows-tools/v1.16.0/Kubeclusterbridge.json')).replace(/"KubeProxy" : \{[^}]*\},/, '');
    const result = importNodeConfig(bridge);
    expect(result.config?.Kubernetes.KubeProxy.Gates).toBe('');
    expect(summary(result.issues)).toEqual(['22:20 notice SECTION_DEFAULTED Kubernetes.KubeProxy']);
  });

  it('warns about a field missing from a present section and fills it; derives a missing URL from the release', () => {
    const result = importNodeConfig(base.replace('"Pause" : "mcr.microsoft.com/k8s/core/pause:1.2.0",', '').replace(/,\s*"Url" : "https:\/\/dl\.k8s\.io[^"]*"/, ''));
    expect(summary(result.issues)).toEqual(['4:20 warning FIELD_MISSING Cri.Images.Pause', '23:20 notice FIELD_DERIVED Kubernetes.Source.Url']);
    expect(result.issues[0]?.message).toContain('KubeCluster.ps1 fills defaults only for whole missing sections');
    expect(result.config?.Cri.Images.Pause).toBe('mcr.microsoft.com/k8s/core/pause:1.2.0');
    expect(result.config?.Kubernetes.Source.Url).toBe('https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz');
    const noToken = importNodeConfig(base.replace(/"KubeadmToken" : "[^"]*",/, ''));
    expect(summary(noToken.issues)).toEqual(['27:26 error VALUE_REQUIRED Kubernetes.ControlPlane.KubeadmToken']);
  });
});

describe('a list item of the wrong type', () => {
  it('is reported once, at the item, not again for the fields it lacks', () => {
    const text = withRealValues(example('sig-windows-tools/v1.16.0/Kubeclusterbridge.json')).replace('"Source" : [{ ', '"Source" : ["flanneld", { ');
    expect(summary(importNodeConfig(text).issues)).toEqual(['12:21 error TYPE_INVALID Cni.Source.0']);
  });
});
