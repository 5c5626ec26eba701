import { parseIpv4Address, parseIpv4Cidr } from '../ip-plan/ipv4.js';
import { redactSecret, type IssueSeverity, type NodeConfigIssueCode } from './node-config-issues.js';
import { nodePlugins } from './node-config-schema.js';

/** What one field's rule found; the caller adds the field and its place in the file. */
export interface Finding {
  code: NodeConfigIssueCode;
  message: string;
  severity?: IssueSeverity;
}
export type FieldRule = (value: string) => Finding | undefined;

const found = (code: NodeConfigIssueCode, message: string, severity: IssueSeverity = 'error'): Finding => ({ code, message, severity });

/** kubeadm's own pattern (token.go help text). */
const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;
/** pubkeypin: the literal `sha256:` then the hex SHA-256 of the CA's public key. */
const CA_HASH = /^sha256:[0-9a-fA-F]{64}$/;
const RELEASE = /^(\d+)\.(\d+)\.(\d+)(?:-(?:alpha|beta|rc)\.\d+)?$/;

export const tokenRule: FieldRule = (value) => {
  if (TOKEN.test(value)) return undefined;
  const hint = /[A-Z]/.test(value) ? ' Tokens are lower-case.' : '';
  return found('TOKEN_INVALID', `a kubeadm token is 6 and 16 lower-case letters or digits joined by a dot (like abcdef.0123456789abcdef); got ${redactSecret(value)}.${hint}`);
};

export const caHashRule: FieldRule = (value) => {
  if (CA_HASH.test(value)) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) {
    return found('CA_HASH_INVALID', `add the "sha256:" prefix: KubeCluster.ps1 passes the value verbatim to kubeadm join --discovery-token-ca-cert-hash; got ${redactSecret(value)}.`);
  }
  return found('CA_HASH_INVALID', `a CA cert hash is "sha256:" followed by 64 hexadecimal digits; got ${redactSecret(value)}.`);
};

/** `-join` runs `scp user@<IpAddress>:~/.kube/config`, so the address must be one a node can reach. */
export const ipRule: FieldRule = (value) => {
  const address = value === value.trim() ? parseIpv4Address(value) : undefined;
  if (address === undefined) return found('IP_INVALID', `"${value}" is not an IPv4 address like 10.0.0.4 (no spaces, no port).`);
  const first = Number(address >> 24n);
  if (first === 0 || first === 127 || first >= 224) {
    return found('IP_INVALID', `${value} cannot be the control plane seen from the node (unspecified, loopback, multicast or reserved).`);
  }
  return undefined;
};

/** The user goes into `scp user@host:…`: no spaces, `@` or `:`. */
export const usernameRule: FieldRule = (value) =>
  /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(value) ? undefined : found('USERNAME_INVALID', `"${value}" is not a user name scp can use (letters, digits, _ . -; no spaces, @ or :).`);

export const httpsUrlRule: FieldRule = (value) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return found('URL_INVALID', `"${value}" is not a URL.`);
  }
  return url.protocol === 'https:' ? undefined : found('URL_NOT_HTTPS', `"${value}" must use https: the node runs what it downloads.`);
};

/** The release KubeCluster.ps1 can install: a plain version, from 1.14 (the guide's minimum) to 1.23 (the last with dockershim). */
export const releaseRule: FieldRule = (value) => {
  const match = RELEASE.exec(value);
  if (!match) {
    const hint = /^v\d/.test(value) ? ` Write it without the "v" (${value.slice(1)}): the URL adds it.` : '';
    return found('RELEASE_INVALID', `"${value}" is not a Kubernetes version like 1.15.0.${hint}`);
  }
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major !== 1 || minor < 14) return found('RELEASE_UNSUPPORTED', `Windows nodes joined this way need Kubernetes 1.14 or later; ${value} is older.`);
  if (minor >= 24) {
    return found('RELEASE_UNSUPPORTED', `Kubernetes ${value} has no dockershim (removed in 1.24), and dockerd is the only runtime KubeCluster.ps1 installs; use 1.23 or older.`);
  }
  return undefined;
};

/** The version a download URL names (`…/v1.15.0/…` → `1.15.0`), if it names one. */
export function urlRelease(url: string): string | undefined {
  return /\/v(\d+\.\d+\.\d+(?:-(?:alpha|beta|rc)\.\d+)?)\//.exec(url)?.[1];
}

/**
 * An absolute DOS path (`C:\…`) or UNC share (`\\server\share\…`). KubeCluster.ps1 hands it unquoted to
 * `cmd /c tar … -C <path>`, so a space breaks extraction even though Windows allows it.
 */
export const windowsPathRule: FieldRule = (value) => {
  const drive = /^[A-Za-z]:[\\/]/.test(value);
  const unc = /^\\\\[^\\/]+[\\/][^\\/]+/.test(value);
  if (!drive && !unc) return found('PATH_NOT_ABSOLUTE', `"${value}" is not an absolute Windows path like C:\\ProgramData\\Kubernetes.`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows forbids
  if (/[<>"|?*\u0000-\u001f]/.test(value) || value.slice(2).includes(':')) {
    return found('PATH_INVALID_CHARACTERS', `"${value}" holds a character Windows does not allow in a path (< > " | ? * : or a control character).`);
  }
  if (value.includes(' ')) return found('PATH_HAS_SPACES', `"${value}" has a space: KubeCluster.ps1 passes this path unquoted to cmd /c tar, which then fails.`, 'warning');
  return undefined;
};

export const cidrRule: FieldRule = (value) => {
  const parsed = parseIpv4Cidr(value);
  if (parsed.ok) return value === value.trim() ? undefined : found('CIDR_INVALID', `"${value}" has spaces around it.`);
  if (parsed.code === 'CIDR_HOST_BITS_SET') return found('CIDR_HOST_BITS_SET', `"${value}" has host bits set; the network is ${parsed.network}.`);
  return found('CIDR_INVALID', `"${value}" is not an IPv4 network in CIDR form (like 10.244.0.0/16).`);
};

/** Used as `Get-NetAdapter -InterfaceAlias "vEthernet (<name>)"`: a quote or control character breaks it. */
export const interfaceRule: FieldRule = (value) =>
  // eslint-disable-next-line no-control-regex -- see above
  /["\u0000-\u001f]/.test(value) || value !== value.trim() ? found('INTERFACE_INVALID', 'an adapter name has no quotes, control characters or surrounding spaces.') : undefined;

/** A pullable reference: no spaces, and a tag or digest after a repository. */
export const imageRule: FieldRule = (value) =>
  /^[a-z0-9][a-z0-9._\-/:@]*$/i.test(value) ? undefined : found('IMAGE_INVALID', `"${value}" is not a container image reference like mcr.microsoft.com/windows/nanoserver:1809.`);

/** `Name=true,Other=false`, as kube-proxy's --feature-gates takes it. */
export function parseGates(value: string): Map<string, boolean> | undefined {
  const gates = new Map<string, boolean>();
  if (value.trim() === '') return gates;
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z][A-Za-z0-9]*)=(true|false)\s*$/i.exec(part);
    if (!match?.[1] || !match[2]) return undefined;
    gates.set(match[1], match[2].toLowerCase() === 'true');
  }
  return gates;
}

export const gatesRule: FieldRule = (value) =>
  parseGates(value) ? undefined : found('GATES_INVALID', `"${value}" is not a comma-separated list of Gate=true|false pairs (like WinOverlay=true).`);

/** KubeCluster.ps1 throws "<name> not yet supported" for anything else (compared case-insensitively). */
export const cniNameRule: FieldRule = (value) =>
  value.toLowerCase() === 'flannel' ? undefined : found('CNI_UNSUPPORTED', `KubeCluster.ps1 supports only flannel (it stops with "${value} not yet supported").`);

export const criNameRule: FieldRule = (value) =>
  value.toLowerCase() === 'dockerd' ? undefined : found('CRI_UNSUPPORTED', `KubeCluster.ps1 installs only dockerd (it stops with "${value} is not yet supported").`);

export const pluginRule: FieldRule = (value) =>
  nodePlugins.some((plugin) => plugin === value.toLowerCase())
    ? undefined
    : found('PLUGIN_UNKNOWN', `unknown plugin "${value}": KubeCluster.ps1 takes vxlan (overlay) or bridge (l2bridge).`);
