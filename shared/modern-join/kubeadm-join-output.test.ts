import { describe, expect, it } from 'vitest';
import { verdictFromKubeadmJoin, type KubeadmJoinCode } from './kubeadm-join-output.js';

const STACK = 'To see the stack trace of this error execute with --v=5 or higher';

/** A successful worker join on Windows (transcripts/kubeadm-outputs.md §4: the real v1.18 lines and joinWorkerNodeDoneMsg). */
const joined = [
  '[preflight] Running pre-flight checks',
  '[preflight] Reading configuration from the cluster...',
  "[preflight] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -oyaml'",
  'W0428 23:24:25.122036    4512 utils.go:26] The recommended value for "authentication.x509.clientCAFile" in "KubeletConfiguration" is: \\etc\\kubernetes\\pki\\ca.crt; the provided value is: /etc/kubernetes/pki/ca.crt',
  '[kubelet-start] Writing kubelet configuration to file "\\\\var\\\\lib\\\\kubelet\\\\config.yaml"',
  '[kubelet-start] Writing kubelet environment file with flags to file "\\\\var\\\\lib\\\\kubelet\\\\kubeadm-flags.env"',
  '[kubelet-start] Starting the kubelet',
  '[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap...',
  '',
  'This node has joined the cluster:',
  '* Certificate signing request was sent to apiserver and a response was received.',
  '* The Kubelet was informed of the new secure connection details.',
  '',
  "Run 'kubectl get nodes' on the control-plane to see this node join the cluster.",
  '',
];

const preflight = (...errors: string[]) => [
  '[preflight] Running pre-flight checks',
  'error execution phase preflight: [preflight] Some fatal errors occurred:',
  ...errors.map((error) => `\t${error}`),
  '[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`',
  STACK,
];

describe('verdictFromKubeadmJoin', () => {
  it('reads a join as joined', () => {
    expect(verdictFromKubeadmJoin(joined, 0)).toEqual({ outcome: 'success', code: 'JOINED', message: 'This node has joined the cluster.', fix: '' });
  });

  it('trusts kubeadm\'s exit code 0, and its closing message when the connection dropped right after it', () => {
    expect(verdictFromKubeadmJoin(['[preflight] Running pre-flight checks'], 0)).toMatchObject({ outcome: 'success', message: expect.stringContaining('closing message was not in the output') });
    expect(verdictFromKubeadmJoin(joined, null)).toMatchObject({ outcome: 'success', code: 'JOINED' });
  });

  it.each<[string, string[], KubeadmJoinCode, RegExp, RegExp]>([
    [
      'an expired token (discovery, older kubeadm)',
      ['[preflight] Running pre-flight checks', '[discovery] Failed to connect to API Server "10.0.0.4:6443": token id "abcdef" is invalid for this cluster or it has expired. Use "kubeadm token create" on the control-plane node to create a new valid token'],
      'TOKEN_INVALID',
      /does not know the token "abcdef", or it expired/,
      /kubeadm token create --print-join-command/,
    ],
    [
      'an unknown token (JWS, newer kubeadm)',
      ['[preflight] Running pre-flight checks', 'error execution phase preflight: couldn\'t validate the identity of the API Server: could not find a JWS signature in the cluster-info ConfigMap for token ID "abcdef"', STACK],
      'TOKEN_INVALID',
      /token "abcdef"/,
      /kubeadm token create/,
    ],
    [
      'a token still retried',
      ['[discovery] The cluster-info ConfigMap does not yet contain a JWS signature for token ID "uvwxyz", will try again'],
      'TOKEN_INVALID',
      /token "uvwxyz"/,
      /new token/,
    ],
    [
      'a CA hash of another cluster',
      ['[preflight] Running pre-flight checks', `error execution phase preflight: couldn't validate the identity of the API Server: cluster CA found in cluster-info ConfigMap is invalid: none of the public keys "sha256:${'1'.repeat(64)}" are pinned`, STACK],
      'CA_HASH_MISMATCH',
      /CA does not match --discovery-token-ca-cert-hash/,
      /print-join-command/,
    ],
    [
      'an API server that refuses (Windows text, transcripts §4 and kubectl §7)',
      [
        '[preflight] Running pre-flight checks',
        'error execution phase preflight: couldn\'t validate the identity of the API Server: Get "https://10.0.0.4:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": dial tcp 10.0.0.4:6443: connectex: No connection could be made because the target machine actively refused it.',
        STACK,
      ],
      'API_SERVER_UNREACHABLE',
      /could not reach the API server at 10\.0\.0\.4:6443/,
      /TCP 6443/,
    ],
    [
      'an API server that does not answer',
      ['[discovery] Failed to request cluster-info, will try again: Get "https://k8s-master:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": context deadline exceeded'],
      'API_SERVER_UNREACHABLE',
      /at k8s-master:6443/,
      /Test-NetConnection/,
    ],
    ['a shell that is not elevated', preflight('[ERROR IsPrivilegedUser]: user is not running as administrator'), 'NOT_ELEVATED', /IsPrivilegedUser: user is not running as administrator/, /elevated PowerShell/],
    [
      'a node that joined before',
      preflight('[ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf already exists', '[ERROR Port-10250]: Port 10250 is in use', '[ERROR FileAvailable--etc-kubernetes-pki-ca.crt]: /etc/kubernetes/pki/ca.crt already exists'),
      'ALREADY_JOINED',
      /still holds a previous join: FileAvailable--etc-kubernetes-kubelet.conf: \/etc\/kubernetes\/kubelet.conf already exists; Port-10250: Port 10250 is in use/,
      /Reset the node/,
    ],
    ['a runtime kubeadm cannot reach', preflight('[ERROR CRI]: container runtime is not running: output: , error: exit status 1'), 'CONTAINER_RUNTIME', /cannot reach the container runtime/, /--cri-socket "npipe:\/\/\/\/\.\/pipe\/containerd-containerd"/],
    ['another preflight error (kubernetes/kubernetes#80400)', preflight('[ERROR SystemVerification]: unsupported graph driver: overlay2'), 'PREFLIGHT_FAILED', /SystemVerification: unsupported graph driver: overlay2/, /Fix each error/],
    [
      'a kubelet that never comes up',
      ['[kubelet-start] Starting the kubelet', '[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap...', '[kubelet-check] Initial timeout of 40s passed.', 'error execution phase kubelet-start: timed out waiting for the condition', STACK],
      'KUBELET_START_TIMEOUT',
      /kubelet never registered the node/,
      /kubelet\.err\.log/,
    ],
    ['no kubeadm.exe', ['kubeadm.exe is missing: C:\\k\\kubeadm.exe (run PrepareNode.ps1 first)'], 'KUBEADM_MISSING', /kubeadm\.exe is missing/, /Run PrepareNode\.ps1 first/],
    ['anything else', ['error execution phase kubelet-start: something new', STACK], 'UNKNOWN', /exit code 1: error execution phase kubelet-start: something new$/, /reset the node/],
  ])('explains %s', (_name, lines, code, message, fix) => {
    const verdict = verdictFromKubeadmJoin(lines, 1);
    expect(verdict).toMatchObject({ outcome: 'failure', code });
    expect(verdict.message).toMatch(message);
    expect(verdict.fix).toMatch(fix);
  });

  it('says when the connection was lost before kubeadm finished', () => {
    expect(verdictFromKubeadmJoin(['[kubelet-start] Starting the kubelet'], null)).toMatchObject({ outcome: 'failure', code: 'CONNECTION_LOST' });
  });

  it('reads error lines with the newer `error: ` prefix too', () => {
    expect(verdictFromKubeadmJoin(['error: error execution phase preflight: couldn\'t validate the identity of the API Server: could not find a JWS signature in the cluster-info ConfigMap for token ID "abcdef"'], 1).code).toBe('TOKEN_INVALID');
  });
});
