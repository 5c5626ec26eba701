import { describe, expect, it } from 'vitest';
import { issue } from '../../../../shared/node-config/node-config-issues.js';
import { configFieldId, configFieldLabel, countIssues, issuesAt, sortForForm } from './config-fields.js';

describe('config fields', () => {
  it('names fields as the form labels them, list items by position', () => {
    expect(configFieldLabel('Cni.InterfaceName')).toBe('Network interface');
    expect(configFieldLabel('Cni.Source.1.Url')).toBe('Source 2 URL');
    expect(configFieldLabel('file')).toBe('The file');
    expect(configFieldLabel('Something.Else')).toBe('Something.Else');
    expect(configFieldId('Kubernetes.ControlPlane.KubeadmToken')).toBe('nodeConfig-Kubernetes-ControlPlane-KubeadmToken');
  });

  it('groups a field’s issues by severity, leaving out codes shown elsewhere', () => {
    const issues = [
      issue('error', 'PLUGIN_UNKNOWN', 'Cni.Plugin.Name', 'unknown'),
      issue('warning', 'VXLAN_NEEDS_KB4489899', 'Cni.Plugin.Name', 'kb'),
      issue('notice', 'MIGRATED_MASTER', 'Cni.Plugin.Name', 'moved'),
      issue('error', 'IP_INVALID', 'Kubernetes.ControlPlane.IpAddress', 'bad ip'),
    ];
    expect(issuesAt(issues, 'Cni.Plugin.Name')).toEqual({ errors: ['unknown'], warnings: ['kb'], notices: ['moved'] });
    expect(issuesAt(issues, 'Cni.Plugin.Name', ['VXLAN_NEEDS_KB4489899']).warnings).toEqual([]);
    expect(countIssues(issues)).toEqual({ error: 2, warning: 1, notice: 1 });
  });

  it('sorts issues in form order, errors first at one field', () => {
    const issues = [
      issue('warning', 'IMAGES_DISAGREE', 'Cri.Images.ServerCore', 'w'),
      issue('error', 'URL_NOT_HTTPS', 'Cni.Source.1.Url', 'e2'),
      issue('warning', 'URL_VERSION_UNKNOWN', 'Kubernetes.Source.Url', 'w2'),
      issue('error', 'TOKEN_INVALID', 'Kubernetes.ControlPlane.KubeadmToken', 't'),
      issue('error', 'RELEASE_URL_MISMATCH', 'Kubernetes.Source.Url', 'e'),
    ];
    expect(sortForForm(issues).map((item) => item.message)).toEqual(['t', 'e', 'w2', 'e2', 'w']);
  });
});
