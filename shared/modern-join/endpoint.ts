/**
 * Hosts, ports and names as the containerd flow passes them to kubeadm, kubelet and the flannel DaemonSet. These
 * checks are strict on purpose: Windows PowerShell 5.1 passes native arguments without escaping embedded quotes,
 * and PrepareNode.ps1 expands the hostname inside a string it later runs with Invoke-Expression.
 */
import { Address4, Address6 } from 'ip-address';

export const isIpv4 = (value: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(value) && Address4.isValid(value);

/** A bare IPv6 address: no brackets, zone or prefix. */
export const isIpv6 = (value: string): boolean => /^[0-9A-Fa-f:.]+$/.test(value) && value.includes(':') && Address6.isValid(value);

/** An RFC 1123 host name (letters in either case; Kubernetes lower-cases node names). */
export function isDnsName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  // A name of digits and dots only would be read as an (invalid) address by everything downstream.
  if (/^[\d.]+$/.test(value)) return false;
  return value.split('.').every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}

export const isHost = (value: string): boolean => isIpv4(value) || isIpv6(value) || isDnsName(value);

export const isPort = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 65_535;

export interface HostPort {
  host: string;
  port: number;
}

/**
 * The API server address as `kubeadm token create --print-join-command` prints it: `10.0.0.4:6443`,
 * `k8s-master:6443` or `[fd00::4]:6443`. Undefined for anything else.
 */
export function parseHostPort(value: string): HostPort | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (!match) return undefined;
  const host = match[1] ?? match[2] ?? '';
  const port = Number(match[3]);
  const hostOk = match[1] !== undefined ? isIpv6(host) : isIpv4(host) || isDnsName(host);
  return hostOk && isPort(port) ? { host, port } : undefined;
}

/** `host:port`, bracketing an IPv6 host. */
export const formatHostPort = ({ host, port }: HostPort): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

/** A bootstrap token: `[a-z0-9]{6}.[a-z0-9]{16}` (kubeadm's own rule). */
export const isBootstrapToken = (value: string): boolean => /^[a-z0-9]{6}\.[a-z0-9]{16}$/.test(value);

/** `sha256:` and 64 hex digits, lower-cased as kubeadm prints it; undefined for anything else. */
export function normaliseCaHash(value: string): string | undefined {
  const match = /^sha256:([0-9A-Fa-f]{64})$/.exec(value);
  return match ? `sha256:${(match[1] ?? '').toLowerCase()}` : undefined;
}

/** A node name kubelet accepts: an RFC 1123 subdomain, lower-cased. */
export function normaliseNodeName(value: string): string | undefined {
  return isDnsName(value) ? value.toLowerCase() : undefined;
}
