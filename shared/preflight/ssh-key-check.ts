/**
 * `KubeCluster.ps1 -join` copies the kubeconfig with `scp <Username>@<IpAddress>:~/.kube/config` using the key
 * install generated (`~\.ssh\id_rsa.pub`), so that key must be in THAT user's authorized_keys on the control plane.
 */
import { brief, fail, fromProbe, pass, rerun, skip, UnreadableOutput, warn, type Verdict } from './check-verdict.js';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { fixes } from './preflight-fixes.js';

interface PublicKey {
  line: string;
  type: string;
  /** The base64 key itself: what identifies it in authorized_keys, whatever options or comment surround it. */
  blob: string;
  comment: string;
}

const KEY_LINE = /^((?:ssh|ecdsa-sha2|sk-ssh|sk-ecdsa-sha2)-[a-z0-9@.-]+)\s+([A-Za-z0-9+/]{16,}={0,3})(?:\s+(.*))?$/;

export function parsePublicKey(stdout: string): PublicKey | 'missing' {
  const line = stdout.replace(/^\uFEFF/, '').trim();
  if (line === 'missing') return 'missing';
  const match = KEY_LINE.exec(line);
  if (!match) throw new UnreadableOutput('not an SSH public key line', line);
  return { line, type: match[1] ?? '', blob: match[2] ?? '', comment: match[3]?.trim() ?? '' };
}

/** The node's key as the report carries it for the authorize action, when the probe printed one. */
export function publicKeyOf(outcome: ProbeOutcome | undefined): string | undefined {
  if (!outcome?.ok) return undefined;
  try {
    const key = parsePublicKey(outcome.stdout);
    return key === 'missing' ? undefined : key.line;
  } catch {
    return undefined;
  }
}

/** Whether any authorized_keys entry is this key: the blob as a whole word, after any options, before any comment. */
function isAuthorized(authorizedKeys: string, key: PublicKey): boolean {
  return authorizedKeys
    .split(/\r?\n/)
    .map((line) => line.trim())
    .some((line) => line !== '' && !line.startsWith('#') && line.split(/\s+/).includes(key.blob));
}

const describeKey = (key: PublicKey) => `${key.type} key …${key.blob.slice(-12)}${key.comment ? ` (${key.comment})` : ''}`;

export function sshKeyAuthorizedCheck({ probes, controlPlane, controlPlaneUser, targetLabel }: PreflightFacts): Verdict {
  const gate = { unknown: 'warn' as const, fix: rerun("Get-Content -LiteralPath (Join-Path $env:USERPROFILE '.ssh\\id_rsa.pub')", targetLabel) };
  return fromProbe(probes.publicKey, gate, (stdout) => {
    const key = parsePublicKey(stdout);
    if (key === 'missing') return warn(`${targetLabel} has no SSH key yet (~\\.ssh\\id_rsa.pub).`, fixes.publicKeyMissing);
    if (!controlPlane) return skip(fixes.connectControlPlane);
    const connected = controlPlane.username;
    const outcome = controlPlane.authorizedKeys;
    if (outcome === undefined) return skip('not checked: authorized_keys on the control plane was not read');
    // No authorized_keys file at all is an answer, not an error: the key is not in it.
    const text = outcome.ok ? outcome.stdout : /no such file or directory/i.test(outcome.error) ? '' : undefined;
    if (text === undefined) return warn(`could not read ${connected}'s authorized_keys: ${brief(outcome.ok ? '' : outcome.error)}`, fixes.readAuthorizedKeys(connected));
    const sameUser = connected === controlPlaneUser.trim();
    if (isAuthorized(text, key)) {
      const detail = `The node's ${describeKey(key)} is in ${connected}'s authorized_keys on the control plane`;
      return sameUser ? pass(`${detail}.`) : warn(`${detail}, but join logs in as ${controlPlaneUser.trim() || '(empty Kubernetes.ControlPlane.Username)'}.`, fixes.keyInOtherUser(controlPlaneUser.trim(), connected));
    }
    const detail = `The node's ${describeKey(key)} is not in ${connected}'s authorized_keys on the control plane`;
    // The authorize action appends to the connected user's file: offered only when that is the user join logs in as.
    return sameUser
      ? fail(`${detail}: join's scp would ask for a password and fail.`, fixes.authorizeKey(connected), 'authorize-ssh-key')
      : fail(`${detail}, and join logs in as ${controlPlaneUser.trim() || '(empty Kubernetes.ControlPlane.Username)'}.`, fixes.authorizeAsOtherUser(controlPlaneUser.trim(), connected));
  });
}
