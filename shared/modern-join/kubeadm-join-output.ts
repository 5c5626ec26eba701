/**
 * The verdict on a `kubeadm join` run on the Windows node (kubeadmJoinScript folds stderr into the lines), from
 * kubeadm's own texts: transcripts/kubeadm-outputs.md §3–4 for the success ending, the token, unreachable and
 * preflight forms; kubeadm's discovery and pubkeypin sources for the newer token and CA pin messages. The
 * outputs of the other two scripts are read by their own modules, re-exported here for the job's one import.
 */
export { installContainerdOutcome, type InstallContainerdOutcome } from './install-containerd-output.js';
export { evaluateModernScripts, type ModernScriptsVerdict } from './modern-scripts-check.js';
export { prepareNodeOutcome, type PrepareNodeOutcome } from './prepare-node-output.js';

export type KubeadmJoinCode =
  | 'JOINED'
  | 'KUBEADM_MISSING'
  | 'TOKEN_INVALID'
  | 'CA_HASH_MISMATCH'
  | 'API_SERVER_UNREACHABLE'
  | 'NOT_ELEVATED'
  | 'ALREADY_JOINED'
  | 'CONTAINER_RUNTIME'
  | 'PREFLIGHT_FAILED'
  | 'KUBELET_START_TIMEOUT'
  | 'CONNECTION_LOST'
  | 'UNKNOWN';

export interface KubeadmJoinVerdict {
  outcome: 'success' | 'failure';
  code: KubeadmJoinCode;
  message: string;
  /** What the operator does next; empty on success. */
  fix: string;
}

const failed = (code: KubeadmJoinCode, message: string, fix: string): KubeadmJoinVerdict => ({ outcome: 'failure', code, message, fix });

const NEW_TOKEN = 'On the control plane run `kubeadm token create --print-join-command` and join with the new token.';

/** `[ERROR Name]: message` lines of a failed preflight phase (TAB-indented on stderr). */
function preflightErrors(lines: readonly string[]): { name: string; text: string }[] {
  return lines.flatMap((line) => {
    const match = /\[ERROR ([^\]]+)\]:\s*(.*)$/.exec(line);
    return match ? [{ name: match[1] ?? '', text: (match[2] ?? '').trim() }] : [];
  });
}

function preflightVerdict(errors: readonly { name: string; text: string }[]): KubeadmJoinVerdict {
  const names = errors.map((error) => error.name);
  const listed = errors.map((error) => `${error.name}: ${error.text}`).join('; ');
  if (names.includes('IsPrivilegedUser')) {
    return failed('NOT_ELEVATED', `kubeadm's preflight refused: ${listed}`, 'Run the join from an elevated PowerShell (Administrator).');
  }
  if (names.some((name) => name.startsWith('FileAvailable') || name.startsWith('Port-10250') || name === 'DirAvailable--etc-kubernetes-manifests')) {
    return failed('ALREADY_JOINED', `This node still holds a previous join: ${listed}`, 'Reset the node (kubeadm reset and the kubelet service), prepare it again, then join.');
  }
  if (names.includes('CRI')) {
    return failed(
      'CONTAINER_RUNTIME',
      `kubeadm cannot reach the container runtime: ${listed}`,
      'Check `Get-Service containerd` is Running; below Kubernetes 1.25 the join needs --cri-socket "npipe:////./pipe/containerd-containerd".',
    );
  }
  return failed('PREFLIGHT_FAILED', `kubeadm's preflight failed: ${listed}`, 'Fix each error named, or reset the node and prepare it again.');
}

const TOKEN_PATTERNS = [
  // kubeadm ≤ 1.12-era discovery text (transcripts §4) and the JWS forms of later discovery/token/token.go.
  /token id "([^"]+)" is invalid for this cluster or it has expired/i,
  /does not yet contain a JWS signature for token ID "([^"]+)"/,
  /could not find a JWS signature in the cluster-info ConfigMap for token ID "([^"]+)"/,
];

const UNREACHABLE = /couldn't validate the identity of the API Server: Get "?https:\/\/([^/"\s]+)|Failed to request cluster-?info|dial tcp ([^\s:]+:\d+)|connectex:|context deadline exceeded|i\/o timeout|no route to host|connection refused/;

/** `exitCode` is null when the connection to the node was lost before kubeadm's exit code came back. */
export function verdictFromKubeadmJoin(lines: readonly string[], exitCode: number | null): KubeadmJoinVerdict {
  const text = lines.join('\n');
  const joined = /This node has joined the cluster/.test(text);
  // A lost connection after kubeadm's closing message is still a join; a non-zero exit code never is.
  if (exitCode === 0 || (joined && exitCode === null)) {
    const message = joined ? 'This node has joined the cluster.' : 'kubeadm join exited 0 (its closing message was not in the output).';
    return { outcome: 'success', code: 'JOINED', message, fix: '' };
  }
  if (/^kubeadm\.exe is missing: /m.test(text)) {
    return failed('KUBEADM_MISSING', 'C:\\k\\kubeadm.exe is missing.', 'Run PrepareNode.ps1 first: it downloads kubeadm.exe and kubelet.exe to C:\\k.');
  }
  for (const pattern of TOKEN_PATTERNS) {
    const id = pattern.exec(text)?.[1];
    if (id !== undefined) return failed('TOKEN_INVALID', `The cluster does not know the token "${id}", or it expired (they last 24 hours).`, NEW_TOKEN);
  }
  if (/none of the public keys .* are pinned|cluster CA found in cluster-info ConfigMap is invalid/.test(text)) {
    return failed(
      'CA_HASH_MISMATCH',
      "The API server's CA does not match --discovery-token-ca-cert-hash.",
      'Take the hash from `kubeadm token create --print-join-command` on this cluster\'s control plane (after a reset or re-init it changes).',
    );
  }
  const errors = preflightErrors(lines);
  if (errors.length > 0) return preflightVerdict(errors);
  if (UNREACHABLE.test(text)) {
    const address = /https:\/\/([^/"\s]+)/.exec(text)?.[1] ?? /dial tcp ([^\s:]+:\d+)/.exec(text)?.[1];
    return failed(
      'API_SERVER_UNREACHABLE',
      `The node could not reach the API server${address ? ` at ${address}` : ''}.`,
      'Check the address, that TCP 6443 is open from the node (Test-NetConnection <host> -Port 6443) and that no proxy intercepts it.',
    );
  }
  if (/timed out waiting for the condition|Initial timeout of 40s passed|The kubelet is not running|kubelet is not healthy/.test(text)) {
    return failed(
      'KUBELET_START_TIMEOUT',
      'kubeadm wrote the kubelet configuration, but kubelet never registered the node.',
      'Read C:\\var\\log\\kubelet\\kubelet.err.log and check `Get-Service kubelet`; reset the node before joining again.',
    );
  }
  if (exitCode === null) {
    return failed('CONNECTION_LOST', 'The connection to the node was lost during kubeadm join.', 'Check `Get-Service kubelet` on the node; if it is not Running, reset the node and join again.');
  }
  const last = [...lines].reverse().find((line) => line.trim() !== '' && !/^To see the stack trace/.test(line))?.trim() ?? '(no output)';
  return failed('UNKNOWN', `kubeadm join failed with exit code ${exitCode}: ${last}`, 'Read the log above; reset the node before joining again.');
}
