import IPCIDR from 'ip-cidr';
import { Address4 } from 'ip-address';

/** An inclusive span of IPv4 addresses as integers. */
export interface Ipv4Range {
  start: bigint;
  end: bigint;
}

export interface Ipv4Cidr extends Ipv4Range {
  /** Normalised text, e.g. `10.244.0.0/16`. */
  text: string;
  prefix: number;
  size: bigint;
}

export type CidrParseResult =
  | { ok: true; cidr: Ipv4Cidr }
  | { ok: false; code: 'CIDR_INVALID' }
  | { ok: false; code: 'CIDR_HOST_BITS_SET'; network: string };

const dottedQuadWithPrefix = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;
const dottedQuad = /^\d{1,3}(\.\d{1,3}){3}$/;

export function formatIpv4(value: bigint): string {
  return Address4.fromInteger(Number(value)).correctForm();
}

/** The address as an integer, or undefined when it is not a dotted-quad IPv4 address. */
export function parseIpv4Address(text: string): bigint | undefined {
  const trimmed = text.trim();
  if (!dottedQuad.test(trimmed) || !IPCIDR.isValidAddress(trimmed)) return undefined;
  return new IPCIDR(`${trimmed}/32`).start<bigint>({ type: 'bigInteger' });
}

function toCidr(cidr: IPCIDR, prefix: number): Ipv4Cidr {
  const [start, end] = cidr.toRange<bigint>({ type: 'bigInteger' });
  return { text: `${cidr.start()}/${prefix}`, prefix, start, end, size: cidr.size.valueOf() };
}

/**
 * Parses an IPv4 CIDR strictly: four dotted octets and a prefix (ip-cidr alone also takes IPv6). With
 * `allowHostBits`, `192.168.1.23/24` becomes its network (as a host's interface is written); otherwise
 * host bits are an error that names the network the operator probably meant.
 */
export function parseIpv4Cidr(text: string, options: { allowHostBits?: boolean } = {}): CidrParseResult {
  const trimmed = text.trim();
  if (!dottedQuadWithPrefix.test(trimmed) || !IPCIDR.isValidCIDR(trimmed)) return { ok: false, code: 'CIDR_INVALID' };
  const [address = '', prefixText = ''] = trimmed.split('/');
  const prefix = Number(prefixText);
  const cidr = new IPCIDR(trimmed);
  const parsed = toCidr(cidr, prefix);
  if (!options.allowHostBits && parseIpv4Address(address) !== parsed.start) {
    return { ok: false, code: 'CIDR_HOST_BITS_SET', network: parsed.text };
  }
  return { ok: true, cidr: parsed };
}

/** The aligned network of `prefix` bits that contains `address`. */
export function networkContaining(address: bigint, prefix: number): Ipv4Cidr {
  return toCidr(new IPCIDR(`${formatIpv4(address)}/${prefix}`), prefix);
}

/** The common span of two ranges, or undefined when they are disjoint. */
export function overlapOf(a: Ipv4Range, b: Ipv4Range): Ipv4Range | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : undefined;
}

export function contains(range: Ipv4Range, address: bigint): boolean {
  return address >= range.start && address <= range.end;
}

export function formatRange(range: Ipv4Range): string {
  return range.start === range.end ? formatIpv4(range.start) : `${formatIpv4(range.start)}–${formatIpv4(range.end)}`;
}

/** RFC 1918 private blocks, where cluster ranges belong. */
export const privateBlocks: readonly Ipv4Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((text) => {
  const result = parseIpv4Cidr(text);
  if (!result.ok) throw new Error(`bad constant ${text}`);
  return result.cidr;
});

export function isPrivate(range: Ipv4Range): boolean {
  return privateBlocks.some((block) => range.start >= block.start && range.end <= block.end);
}
