import { describe, expect, it } from 'vitest';
import { compareMinor, parseClusterKubeVersion, parseExactKubeVersion } from './kube-version.js';

describe('parseExactKubeVersion', () => {
  it.each([['1.29.6', 'v1.29.6'], ['v1.29.6', 'v1.29.6'], [' v1.24.17 ', 'v1.24.17']])('reads %j as %s', (text, version) => {
    expect(parseExactKubeVersion(text)?.text).toBe(version);
  });

  it.each(['v1.29', 'v1.29.6+k3s1', 'v1.30.0-rc.1', 'vv1.29.6', '1.29.6.1', 'latest', ''])('refuses %j (PrepareNode.ps1 casts it to [version])', (text) => {
    expect(parseExactKubeVersion(text)).toBeUndefined();
  });
});

describe('parseClusterKubeVersion', () => {
  it.each([
    ['v1.29.6+k3s1', { major: 1, minor: 29, patch: 6, text: 'v1.29.6' }],
    ['v1.27.3-eks-a5565ad', { major: 1, minor: 27, patch: 3, text: 'v1.27.3' }],
    ['v1.28.5-gke.1217000', { major: 1, minor: 28, patch: 5, text: 'v1.28.5' }],
    ['1.23', { major: 1, minor: 23, patch: 0, text: 'v1.23.0' }],
  ])('reads %s', (text, version) => {
    expect(parseClusterKubeVersion(text)).toEqual(version);
  });

  it.each(['v1', 'v1.29.6-', 'v1.29.6 ; x', 'one.two'])('refuses %j', (text) => {
    expect(parseClusterKubeVersion(text)).toBeUndefined();
  });

  it('compares by minor version', () => {
    const version = parseClusterKubeVersion('v1.24.17');
    expect(version && compareMinor(version, 1, 25)).toBeLessThan(0);
    expect(version && compareMinor(version, 1, 24)).toBe(0);
    expect(version && compareMinor(version, 1, 23)).toBeGreaterThan(0);
  });
});
