import { describe, expect, it } from 'vitest';
import { formatHostPort, isBootstrapToken, isDnsName, isHost, normaliseCaHash, normaliseNodeName, parseHostPort } from './endpoint.js';

describe('parseHostPort', () => {
  it.each([
    ['10.0.0.4:6443', { host: '10.0.0.4', port: 6443 }],
    ['k8s-master:6443', { host: 'k8s-master', port: 6443 }],
    ['haoyun.k8s.vip:8443', { host: 'haoyun.k8s.vip', port: 8443 }],
    ['[fd00::4]:6443', { host: 'fd00::4', port: 6443 }],
  ])('reads %s', (text, endpoint) => {
    expect(parseHostPort(text)).toEqual(endpoint);
    expect(formatHostPort(endpoint)).toBe(text);
  });

  it.each(['10.0.0.4', '10.0.0.4:0', '10.0.0.4:65536', '300.0.0.4:6443', 'fd00::4:6443', '[10.0.0.4]:6443', 'https://10.0.0.4:6443', 'a b:6443', "x';y:6443", ''])('refuses %j', (text) => {
    expect(parseHostPort(text)).toBeUndefined();
  });
});

describe('hosts and names', () => {
  it.each([['10.0.0.4', true], ['fd00::4', true], ['k8s-api.example.com', true], ['WIN-H2A5C8D1F3G', true], ['1.2.3', false], ['-a', false], ['a_b', false], ['a..b', false], ['[fd00::4]', false], ['', false]])(
    'isHost(%j) is %s',
    (host, valid) => {
      expect(isHost(host)).toBe(valid);
    },
  );

  it('keeps labels at 63 characters and names at 253', () => {
    expect(isDnsName('a'.repeat(63))).toBe(true);
    expect(isDnsName('a'.repeat(64))).toBe(false);
    expect(isDnsName(Array.from({ length: 64 }, () => 'abc').join('.'))).toBe(false);
  });

  it('lower-cases node names as kubelet does', () => {
    expect(normaliseNodeName('WIN-H2A5C8D1F3G')).toBe('win-h2a5c8d1f3g');
    expect(normaliseNodeName('win node')).toBeUndefined();
  });
});

describe('join credentials', () => {
  it('knows a bootstrap token', () => {
    expect(isBootstrapToken('abcdef.0123456789abcdef')).toBe(true);
    for (const token of ['abcdef.0123456789abcde', 'ABCDEF.0123456789abcdef', 'abcdef0123456789abcdef', ' abcdef.0123456789abcdef']) expect(isBootstrapToken(token)).toBe(false);
  });

  it('takes a CA hash with its sha256: prefix, lower-cased', () => {
    expect(normaliseCaHash(`sha256:${'AB'.repeat(32)}`)).toBe(`sha256:${'ab'.repeat(32)}`);
    expect(normaliseCaHash('ab'.repeat(32))).toBeUndefined();
    expect(normaliseCaHash(`sha256:${'ab'.repeat(31)}`)).toBeUndefined();
    expect(normaliseCaHash(`SHA256:${'ab'.repeat(32)}`)).toBeUndefined();
  });
});
