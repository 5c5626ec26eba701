import { describe, expect, it } from 'vitest';
import { parseJoinCommand } from './join-command.js';

// Formats from ../shared/mission/data/transcripts/kubeadm-outputs.md §1 (values illustrative, spacing exact).
const HASH = `sha256:${'0123456789abcdef'.repeat(4)}`;
const HASH_B = `sha256:${'fedcba9876543210'.repeat(4)}`;
const TOKEN = 'abcdef.0123456789abcdef';
const worker = { apiServer: '10.0.0.4:6443', host: '10.0.0.4', port: 6443, ipAddress: '10.0.0.4', token: TOKEN, caHash: HASH, caHashes: [HASH] };

const variants: ReadonlyArray<[string, string, object]> = [
  ['v1.9: the token before the address', `kubeadm join --token 447067.20b55955bd6abe6c 192.168.99.100:8443 --discovery-token-ca-cert-hash ${HASH}\n`, { apiServer: '192.168.99.100:8443', ipAddress: '192.168.99.100', port: 8443, token: '447067.20b55955bd6abe6c' }],
  ['v1.10–v1.13: single spaces, no trailing space', `kubeadm join 10.1.3.2:6443 --token aaaaaa.bbbbbbbbbbbbbbbb --discovery-token-ca-cert-hash ${HASH}\n`, { apiServer: '10.1.3.2:6443', token: 'aaaaaa.bbbbbbbbbbbbbbbb' }],
  ['v1.14–v1.20: five spaces and a trailing space', `kubeadm join 10.0.0.4:6443 --token ${TOKEN}     --discovery-token-ca-cert-hash ${HASH} \n`, worker],
  ['v1.21+: single spaces, trailing space', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} --discovery-token-ca-cert-hash ${HASH} \n`, worker],
  ['v1.14 betas: backslash continuation, 4 spaces', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} \\\n    --discovery-token-ca-cert-hash ${HASH} \n`, worker],
  ['v1.21+ template before TAB removal', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} \\\n\t--discovery-token-ca-cert-hash ${HASH} \n`, worker],
  ['CRLF line endings and a continuation', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} \\\r\n    --discovery-token-ca-cert-hash ${HASH} \r\n`, worker],
  ['a backslash followed by stray spaces', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} \\  \n  --discovery-token-ca-cert-hash ${HASH}`, worker],
  [
    'v1.17 klog warnings merged from stderr',
    `W0129 19:10:04.842735   15533 validation.go:28] Cannot validate kube-proxy config - no validator is available\nW0129 19:10:04.842800   15533 validation.go:28] Cannot validate kubelet config - no validator is available\nkubeadm join 10.0.0.4:6443 --token ${TOKEN}     --discovery-token-ca-cert-hash ${HASH} \n`,
    worker,
  ],
  [
    'v1.18 real line (sig-windows-tools#72): a DNS name, port 8443',
    `kubeadm join haoyun.k8s.vip:8443 --token ag6gk2.fxvhye8bd0svtv5o     --discovery-token-ca-cert-hash sha256:e0bf74ec${'0'.repeat(50)}c61808`,
    { apiServer: 'haoyun.k8s.vip:8443', host: 'haoyun.k8s.vip', port: 8443, ipAddress: undefined, token: 'ag6gk2.fxvhye8bd0svtv5o' },
  ],
  ['a bracketed IPv6 address', `kubeadm join [fd00::10]:6443 --token ${TOKEN} --discovery-token-ca-cert-hash ${HASH}`, { apiServer: '[fd00::10]:6443', host: '[fd00::10]', ipAddress: undefined }],
  ['one pin per CA certificate', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} --discovery-token-ca-cert-hash ${HASH} --discovery-token-ca-cert-hash ${HASH_B} `, { caHash: HASH, caHashes: [HASH, HASH_B] }],
  ['--flag=value spelling, pasted after a prompt with sudo', `$ sudo kubeadm join 10.0.0.4:6443 --token=${TOKEN} --discovery-token-ca-cert-hash=${HASH}`, worker],
  [
    "kubeadm init's output: the worker line, not the control-plane one",
    `You can now join any number of control-plane nodes by running the following command on each as root:\n\n  kubeadm join 10.0.0.4:6443 --token ${TOKEN} \\\n    --discovery-token-ca-cert-hash ${HASH_B} \\\n    --control-plane --certificate-key 0a1b\n\nThen you can join any number of worker nodes by running the following on each as root:\n\nkubeadm join 10.0.0.4:6443 --token ${TOKEN} \\\n    --discovery-token-ca-cert-hash ${HASH} \n`,
    worker,
  ],
];

describe('parseJoinCommand', () => {
  it.each(variants)('reads %s', (_name, output, expected) => {
    const result = parseJoinCommand(output);
    expect(result.ok ? null : result.errors).toBeNull();
    expect(result).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['empty output', '', 'NO_JOIN_COMMAND', /output is empty/],
    ['the token alone (no --print-join-command)', `${TOKEN}\n`, 'NO_JOIN_COMMAND', /add --print-join-command/],
    ['an error from kubeadm', 'failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: permission denied\nTo see the stack trace of this error execute with --v=5 or higher\n', 'NO_JOIN_COMMAND', /starts with: failed to load admin kubeconfig: open \/etc\/kubernetes\/admin\.conf: permission denied$/],
    ['no CA hash', `kubeadm join 10.0.0.4:6443 --token ${TOKEN}`, 'CA_HASH_MISSING', /no --discovery-token-ca-cert-hash\.$/],
    ['CA verification skipped', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} --discovery-token-unsafe-skip-ca-verification`, 'CA_HASH_MISSING', /skips CA verification/],
    ['a hash without its prefix', `kubeadm join 10.0.0.4:6443 --token ${TOKEN} --discovery-token-ca-cert-hash ${'0123456789abcdef'.repeat(4)}`, 'CA_HASH_INVALID', /redacted/],
    ['no token', `kubeadm join 10.0.0.4:6443 --discovery-token-ca-cert-hash ${HASH}`, 'TOKEN_MISSING', /no --token/],
    ['a malformed token', `kubeadm join 10.0.0.4:6443 --token ABCDEF.0123456789ABCDEF --discovery-token-ca-cert-hash ${HASH}`, 'TOKEN_INVALID', /"ABCD…" \(23 characters, redacted\)/],
    ['no address', `kubeadm join --token ${TOKEN} --discovery-token-ca-cert-hash ${HASH}`, 'API_SERVER_MISSING', /host:port/],
    ['a port out of range', `kubeadm join 10.0.0.4:70000 --token ${TOKEN} --discovery-token-ca-cert-hash ${HASH}`, 'API_SERVER_INVALID', /"10\.0\.0\.4:70000"/],
  ])('refuses %s', (_name, output, code, message) => {
    const result = parseJoinCommand(output);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.code)).toEqual([code]);
    expect(errors[0]?.message).toMatch(message);
  });

  it('reports every problem at once and never shows a secret in full', () => {
    const token = 'abcdef.0123456789ABCDEF';
    const result = parseJoinCommand(`kubeadm join 10.0.0.4 --token ${token} --discovery-token-ca-cert-hash sha256:${'z'.repeat(64)}`);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['API_SERVER_INVALID', 'TOKEN_INVALID', 'CA_HASH_INVALID']);
    const text = JSON.stringify(result);
    expect(text).not.toContain(token);
    expect(text).not.toContain('z'.repeat(64));
  });

  it('redacts a token-shaped word in output that holds no join line', () => {
    const result = parseJoinCommand(`token ${TOKEN} created but printing failed\n`);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('token [REDACTED-TOKEN] created');
  });
});
