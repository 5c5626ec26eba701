import { parseIpv4Cidr } from '../ip-plan/ipv4.js';
import type { FlannelError, FlannelResult } from './flannel-errors.js';

/**
 * Windows flanneld of the KubeCluster.ps1 era (v0.11–v0.13) builds its HNS overlay network with VNI 4096
 * on UDP 4789 and ignores anything else, so a Linux side on other values silently drops Windows traffic.
 */
export const WINDOWS_VXLAN_VNI = 4096;
export const WINDOWS_VXLAN_PORT = 4789;
export const DEFAULT_CLUSTER_CIDR = '10.244.0.0/16';
/** The CNI network name the Windows node's cni.conf uses; both sides must agree. */
export const WINDOWS_CNI_NETWORK_NAME = 'vxlan0';

export interface FlannelOptions {
  /** The plan's cluster (pod) subnet, e.g. `10.244.0.0/16`. */
  clusterCidr: string;
  vni?: number;
  port?: number;
  directRouting?: boolean;
  /** Whether Windows nodes will join; only then are VNI, port and DirectRouting pinned. Default true. */
  windowsNodes?: boolean;
}

export interface FlannelSettings {
  /** Normalised network text, e.g. `10.244.0.0/16`. */
  network: string;
  vni: number;
  port: number;
  /** Only ever true for a cluster without Windows nodes. */
  directRouting: boolean;
}

const MAX_VNI = 16_777_215; // 24-bit VXLAN network identifier

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

function parseNetwork(text: string): { network: string } | { error: FlannelError } {
  const parsed = parseIpv4Cidr(text);
  if (parsed.ok) return { network: parsed.cidr.text };
  const message =
    parsed.code === 'CIDR_HOST_BITS_SET'
      ? `Cluster CIDR "${text}" has host bits set; the network is ${parsed.network}.`
      : `Cluster CIDR "${text}" is not an IPv4 network in CIDR form (e.g. ${DEFAULT_CLUSTER_CIDR}).`;
  return { error: { code: 'CLUSTER_CIDR_INVALID', field: 'clusterCidr', message } };
}

/** Checks everything before the manifest is touched, and reports every problem, not just the first. */
export function validateFlannelOptions(options: FlannelOptions): FlannelResult<{ settings: FlannelSettings }> {
  const vni = options.vni ?? WINDOWS_VXLAN_VNI;
  const port = options.port ?? WINDOWS_VXLAN_PORT;
  const windows = options.windowsNodes ?? true;
  const errors: FlannelError[] = [];
  const cidr = parseNetwork(options.clusterCidr);
  if ('error' in cidr) errors.push(cidr.error);
  if (!isWhole(vni, 1, MAX_VNI)) {
    errors.push({ code: 'VXLAN_VNI_INVALID', field: 'vni', message: `VXLAN VNI ${vni} is not a whole number from 1 to ${MAX_VNI}.` });
  } else if (windows && vni !== WINDOWS_VXLAN_VNI) {
    errors.push({
      code: 'VXLAN_VNI_UNSUPPORTED',
      field: 'vni',
      message: `VXLAN VNI ${vni} does not work with Windows nodes: flannel on Windows (v0.11–v0.13) interoperates with Linux only on VNI ${WINDOWS_VXLAN_VNI}.`,
    });
  }
  if (!isWhole(port, 1, 65_535)) {
    errors.push({ code: 'VXLAN_PORT_INVALID', field: 'port', message: `VXLAN port ${port} is not a UDP port from 1 to 65535.` });
  } else if (windows && port !== WINDOWS_VXLAN_PORT) {
    errors.push({
      code: 'VXLAN_PORT_UNSUPPORTED',
      field: 'port',
      message: `VXLAN port ${port} does not work with Windows nodes: flannel on Windows (v0.11–v0.13) interoperates with Linux only on UDP ${WINDOWS_VXLAN_PORT}.`,
    });
  }
  if (windows && options.directRouting) {
    errors.push({
      code: 'DIRECT_ROUTING_UNSUPPORTED',
      field: 'directRouting',
      message: 'VXLAN DirectRouting is not supported by flannel on Windows; turn it off for a cluster with Windows nodes.',
    });
  }
  if (errors.length > 0 || 'error' in cidr) return { ok: false, errors };
  return { ok: true, settings: { network: cidr.network, vni, port, directRouting: options.directRouting ?? false } };
}
