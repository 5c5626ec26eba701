import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { listHostNetworks } from './host-networks.js';

const ipv4 = (address: string, cidr: string, internal = false): NetworkInterfaceInfo => ({
  address, cidr, netmask: '', family: 'IPv4', mac: '00:00:00:00:00:00', internal,
});

describe('listHostNetworks', () => {
  it('normalises each IPv4 address to its network and skips IPv6', () => {
    const networks = listHostNetworks({
      lo: [ipv4('127.0.0.1', '127.0.0.1/8', true)],
      eth0: [
        ipv4('192.168.1.23', '192.168.1.23/24'),
        { address: 'fe80::1', cidr: 'fe80::1/64', netmask: '', family: 'IPv6', mac: '', internal: false, scopeid: 2 },
      ],
      'vEthernet (nat)': [ipv4('172.29.160.1', '172.29.160.1/20')],
    });
    expect(networks).toEqual([
      { interfaceName: 'lo', address: '127.0.0.1', cidr: '127.0.0.0/8', internal: true },
      { interfaceName: 'eth0', address: '192.168.1.23', cidr: '192.168.1.0/24', internal: false },
      { interfaceName: 'vEthernet (nat)', address: '172.29.160.1', cidr: '172.29.160.0/20', internal: false },
    ]);
  });

  it('reads this machine’s real interfaces', () => {
    expect(listHostNetworks()).toContainEqual(expect.objectContaining({ cidr: '127.0.0.0/8', internal: true }));
  });
});
