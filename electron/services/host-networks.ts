import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import IPCIDR from 'ip-cidr';

export interface HostNetwork {
  interfaceName: string;
  address: string;
  cidr: string;
  internal: boolean;
}

/** This machine's IPv4 networks, normalised to their network address (`192.168.1.23/24` → `192.168.1.0/24`). */
export function listHostNetworks(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): HostNetwork[] {
  const result: HostNetwork[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || !info.cidr) continue;
      const prefix = info.cidr.split('/')[1];
      const network = new IPCIDR(info.cidr).start();
      result.push({ interfaceName, address: info.address, cidr: `${network}/${prefix}`, internal: info.internal });
    }
  }
  return result;
}
