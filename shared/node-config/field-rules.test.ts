import { describe, expect, it } from 'vitest';
import {
  caHashRule,
  cidrRule,
  cniNameRule,
  criNameRule,
  gatesRule,
  httpsUrlRule,
  imageRule,
  interfaceRule,
  ipRule,
  parseGates,
  pluginRule,
  releaseRule,
  tokenRule,
  urlRelease,
  usernameRule,
  windowsPathRule,
  type FieldRule,
} from './field-rules.js';

const HASH = `sha256:${'0123456789abcdef'.repeat(4)}`;

/** Each rule with values it accepts and values it refuses (with the code and, where useful, the message). */
const table: ReadonlyArray<[name: string, rule: FieldRule, good: string[], bad: Array<[string, string, RegExp?]>]> = [
  [
    'token',
    tokenRule,
    ['abcdef.0123456789abcdef', '0a1b2c.zzzzzzzzzzzzzzzz'],
    [
      ['token', 'TOKEN_INVALID'],
      ['abcdef0123456789abcdef', 'TOKEN_INVALID'],
      ['ABCDEF.0123456789abcdef', 'TOKEN_INVALID', /lower-case/],
      ['abcdef.0123456789abcde', 'TOKEN_INVALID'],
      [' abcdef.0123456789abcdef', 'TOKEN_INVALID'],
    ],
  ],
  [
    'CA hash',
    caHashRule,
    [HASH, HASH.toUpperCase().replace('SHA256', 'sha256')],
    [
      ['0123456789abcdef'.repeat(4), 'CA_HASH_INVALID', /add the "sha256:" prefix/],
      [`${HASH}0`, 'CA_HASH_INVALID'],
      ['sha256:xyz', 'CA_HASH_INVALID'],
      ['sha1:abc', 'CA_HASH_INVALID'],
    ],
  ],
  [
    'IPv4',
    ipRule,
    ['10.0.0.4', '192.168.1.10', '172.16.0.1'],
    [
      ['kubemasterIP', 'IP_INVALID'],
      ['10.0.0.256', 'IP_INVALID'],
      ['10.0.0.4:6443', 'IP_INVALID'],
      [' 10.0.0.4', 'IP_INVALID', /no spaces/],
      ['127.0.0.1', 'IP_INVALID', /loopback/],
      ['0.0.0.0', 'IP_INVALID'],
      ['224.0.0.1', 'IP_INVALID'],
      ['fd00::1', 'IP_INVALID'],
    ],
  ],
  [
    'username',
    usernameRule,
    ['localadmin', 'ubuntu', 'k8s_admin', 'first.last'],
    [
      ['root@host', 'USERNAME_INVALID'],
      ['two words', 'USERNAME_INVALID'],
      ['-oProxyCommand', 'USERNAME_INVALID'],
      ['a:b', 'USERNAME_INVALID'],
    ],
  ],
  [
    'https URL',
    httpsUrlRule,
    ['https://dl.k8s.io/v1.15.0/kubernetes-node-windows-amd64.tar.gz', 'https://mirror.local:8443/k8s.tgz'],
    [
      ['http://dl.k8s.io/v1.15.0/x.tar.gz', 'URL_NOT_HTTPS'],
      ['dl.k8s.io/v1.15.0', 'URL_INVALID'],
      ['ftp://example.com/x', 'URL_NOT_HTTPS'],
    ],
  ],
  [
    'release',
    releaseRule,
    ['1.14.0', '1.15.0', '1.16.2', '1.23.17', '1.18.0-rc.1'],
    [
      ['v1.15.0', 'RELEASE_INVALID', /without the "v" \(1\.15\.0\)/],
      ['1.15', 'RELEASE_INVALID'],
      ['latest', 'RELEASE_INVALID'],
      ['1.13.5', 'RELEASE_UNSUPPORTED', /1\.14 or later/],
      ['1.24.0', 'RELEASE_UNSUPPORTED', /dockershim/],
      ['2.0.0', 'RELEASE_UNSUPPORTED'],
    ],
  ],
  [
    'Windows path',
    windowsPathRule,
    ['C:\\ProgramData\\Kubernetes', 'd:/k8s', '\\\\server\\share\\k8s'],
    [
      ['ProgramData\\Kubernetes', 'PATH_NOT_ABSOLUTE'],
      ['/opt/k8s', 'PATH_NOT_ABSOLUTE'],
      ['C:ProgramData', 'PATH_NOT_ABSOLUTE'],
      ['C:\\k8s|x', 'PATH_INVALID_CHARACTERS'],
      ['C:\\a:b', 'PATH_INVALID_CHARACTERS'],
      ['C:\\Program Files\\Kubernetes', 'PATH_HAS_SPACES', /cmd \/c tar/],
    ],
  ],
  [
    'CIDR',
    cidrRule,
    ['10.96.0.0/12', '10.244.0.0/16', '192.168.0.0/24'],
    [
      ['10.244.0.0/33', 'CIDR_INVALID'],
      ['10.244.0.0', 'CIDR_INVALID'],
      ['10.244.1.0/16', 'CIDR_HOST_BITS_SET', /the network is 10\.244\.0\.0\/16/],
      [' 10.244.0.0/16', 'CIDR_INVALID'],
    ],
  ],
  [
    'interface',
    interfaceRule,
    ['Ethernet', 'Ethernet 2', 'vEthernet (Ethernet)'],
    [
      ['Ether"net', 'INTERFACE_INVALID'],
      ['Ethernet ', 'INTERFACE_INVALID'],
      ['Eth\tnet', 'INTERFACE_INVALID'],
    ],
  ],
  [
    'image',
    imageRule,
    ['mcr.microsoft.com/k8s/core/pause:1.2.0', 'mcr.microsoft.com/windows/nanoserver:1809', `registry.local:5000/pause@${HASH}`],
    [
      ['mcr.microsoft.com/windows/nanoserver 1809', 'IMAGE_INVALID'],
      [':1809', 'IMAGE_INVALID'],
    ],
  ],
  [
    'gates',
    gatesRule,
    ['WinOverlay=true', 'WinDSR=true', 'WinOverlay=true,WinDSR=false', 'WinOverlay=TRUE'],
    [
      ['WinOverlay', 'GATES_INVALID'],
      ['WinOverlay=yes', 'GATES_INVALID'],
      ['WinOverlay=true;WinDSR=true', 'GATES_INVALID'],
      ['WinOverlay=true,', 'GATES_INVALID'],
    ],
  ],
  [
    'CNI name',
    cniNameRule,
    ['flannel', 'Flannel'],
    [
      ['calico', 'CNI_UNSUPPORTED', /calico not yet supported/],
    ],
  ],
  [
    'CRI name',
    criNameRule,
    ['dockerd', 'DockerD'],
    [
      ['containerd', 'CRI_UNSUPPORTED', /containerd is not yet supported/],
    ],
  ],
  [
    'plugin',
    pluginRule,
    ['vxlan', 'bridge', 'VXLAN'],
    [
      ['overlay', 'PLUGIN_UNKNOWN', /unknown plugin "overlay"/],
      ['l2bridge', 'PLUGIN_UNKNOWN'],
      ['host-gw', 'PLUGIN_UNKNOWN'],
    ],
  ],
];

describe('field rules', () => {
  describe.each(table)('%s', (_name, rule, good, bad) => {
    it.each(good)('accepts %j', (value) => {
      expect(rule(value)).toBeUndefined();
    });
    it.each(bad)('refuses %j with %s', (value, code, message) => {
      const finding = rule(value);
      expect(finding?.code).toBe(code);
      if (message) expect(finding?.message).toMatch(message);
    });
  });

  it('marks a path with spaces as a warning, every other finding as an error', () => {
    expect(windowsPathRule('C:\\Program Files\\k8s')?.severity).toBe('warning');
    expect(windowsPathRule('k8s')?.severity).toBe('error');
  });

  it('never shows a refused token or hash in full', () => {
    const token = 'ABCDEF.0123456789ABCDEF';
    const hash = `sha256:${'g'.repeat(64)}`;
    expect(tokenRule(token)?.message).not.toContain(token);
    expect(tokenRule(token)?.message).toContain('redacted');
    expect(caHashRule(hash)?.message).not.toContain(hash);
    expect(caHashRule('0123456789abcdef'.repeat(4))?.message).not.toContain('0123456789abcdef'.repeat(4));
  });

  it('reads the version a download URL names', () => {
    expect(urlRelease('https://dl.k8s.io/v1.15.5/kubernetes-node-windows-amd64.tar.gz')).toBe('1.15.5');
    expect(urlRelease('https://dl.k8s.io/v1.18.0-rc.1/kubernetes-node-windows-amd64.tar.gz')).toBe('1.18.0-rc.1');
    expect(urlRelease('https://mirror.local/kubernetes-node-windows-amd64.tar.gz')).toBeUndefined();
  });

  it('parses gates into names and values, empty text into no gates', () => {
    expect(parseGates(' WinOverlay=true , WinDSR=FALSE ')).toEqual(new Map([['WinOverlay', true], ['WinDSR', false]]));
    expect(parseGates('')).toEqual(new Map());
    expect(parseGates('=true')).toBeUndefined();
  });
});
