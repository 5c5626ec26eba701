import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubectlNodeSelectorPatches, linuxNodeSelectorPatch } from './node-selector-patch.js';

const patchFile = new URL('../../../shared/mission/data/microsoft-SDN/node-selector-patch.yml', import.meta.url);

describe('node-selector patch', () => {
  it("is the microsoft/SDN node-selector-patch.yml for the beta key", () => {
    expect(linuxNodeSelectorPatch('beta.kubernetes.io/os')).toEqual(parse(readFileSync(patchFile, 'utf8')));
    expect(linuxNodeSelectorPatch('kubernetes.io/os')).toEqual({ spec: { template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' } } } } });
  });

  it('gives an argv per DaemonSet, never a shell string', () => {
    const json = '{"spec":{"template":{"spec":{"nodeSelector":{"beta.kubernetes.io/os":"linux"}}}}}';
    const commands = kubectlNodeSelectorPatches([{ name: 'kube-flannel-ds-amd64', namespace: 'kube-system' }, { name: 'kube-flannel-ds-arm' }], 'beta.kubernetes.io/os');
    expect(commands).toEqual([
      {
        daemonSet: 'kube-flannel-ds-amd64',
        namespace: 'kube-system',
        patch: JSON.parse(json),
        patchJson: json,
        argv: ['kubectl', 'patch', 'ds/kube-flannel-ds-amd64', '-n', 'kube-system', '--type', 'strategic', '--patch', json],
      },
      {
        daemonSet: 'kube-flannel-ds-arm',
        patch: JSON.parse(json),
        patchJson: json,
        argv: ['kubectl', 'patch', 'ds/kube-flannel-ds-arm', '--type', 'strategic', '--patch', json],
      },
    ]);
  });
});
