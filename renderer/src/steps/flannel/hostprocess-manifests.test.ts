import { describe, expect, it } from 'vitest';
import { hostProcessSources, manifestFileProblem, missingManifests } from './hostprocess-manifests.js';

const file = (text: string) => ({ fileName: 'x.yml', text });

describe('the HostProcess manifests', () => {
  it('gives the job all three, or nothing while one is missing', () => {
    const all = { rbac: file('a'), flannelOverlay: file('b'), kubeProxy: file('c') };
    expect(hostProcessSources(all)).toEqual({ rbac: 'a', flannelOverlay: 'b', kubeProxy: 'c' });
    expect(hostProcessSources({ rbac: file('a'), kubeProxy: file('c') })).toBeUndefined();
    expect(missingManifests({ rbac: file('a') })).toEqual([
      'Open flannel-overlay.yml (sig-windows-tools’ HostProcess manifest).',
      'Open kube-proxy.yml (sig-windows-tools’ HostProcess manifest).',
    ]);
    expect(missingManifests(all)).toEqual([]);
  });

  it('refuses an empty file and one the job would refuse for its size', () => {
    expect(manifestFileProblem('kubeProxy', 'big.yml', 600 * 1024)).toMatch(/big\.yml is 600 kB; kube-proxy\.yml is a few kB/);
    expect(manifestFileProblem('rbac', 'empty.yml', 0)).toBe('empty.yml is empty.');
    expect(manifestFileProblem('rbac', 'rbac.yml', 1200)).toBeUndefined();
  });
});
