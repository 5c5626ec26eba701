import { describe, expect, it } from 'vitest';
import { evaluatePreflight } from './evaluate-preflight.js';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { ok, failed, TOKEN, SECRET, NODE_KEY, NODE_BLOB, tokenList, facts, withProbe, checkOf, type Case } from './testing/preflight-facts-fixture.js';

describe('bootstrap-token', () => {
  const withList = (outcome: ProbeOutcome | undefined, extra: Partial<PreflightFacts> = {}) =>
    facts({ controlPlane: { username: 'ubuntu', ...(outcome ? { tokenList: outcome } : {}) }, ...extra });
  const gone = expect.stringMatching(/^Bootstrap tokens expire 24 h after they are created .*retries discovery until it times out\. Refresh the token/) as string;

  it.each<Case>([
    ['valid', facts(), { status: 'pass', detail: 'abcdef.… is valid for 22h (until 2020-01-16T10:20:30Z).' }],
    ['never expiring', facts({ token: 'uvwxyz.9876543210fedcba' }), { status: 'pass', detail: 'uvwxyz.… never expires.' }],
    ['expiring', facts({ now: new Date('2020-01-16T09:50:30Z') }), {
      status: 'warn',
      action: 'refresh-token',
      detail: 'abcdef.… expires in 30m (at 2020-01-16T10:20:30Z).',
      fix: 'Refresh the token now: a join that starts later or runs long (downloads, the restart after install) would outlive it and hang at discovery.',
    }],
    ['expired but still listed', facts({ now: new Date('2020-01-17T00:00:00Z') }), { status: 'fail', action: 'refresh-token', detail: 'abcdef.… expired at 2020-01-16T10:20:30Z.', fix: gone }],
    ['missing from the list', facts({ token: 'zzzzzz.0123456789abcdef' }), {
      status: 'fail',
      action: 'refresh-token',
      detail: 'zzzzzz.… is not in `kubeadm token list` on the control plane (expired and cleaned up, or deleted).',
      fix: gone,
    }],
    ['the same id, another secret', facts({ token: 'abcdef.ffffffffffffffff' }), { status: 'fail', action: 'refresh-token', detail: "abcdef.… does not match: the control plane's token with id abcdef has another secret." }],
    ['an empty list (newer kubeadm prints nothing)', withList(ok('')), { status: 'fail', action: 'refresh-token' }],
    ['an empty token', facts({ token: '' }), { status: 'fail', action: 'refresh-token', detail: 'Kubernetes.ControlPlane.KubeadmToken is empty.' }],
    ['an empty token, not connected', facts({ token: ' ', controlPlane: undefined }), { status: 'fail', action: 'refresh-token' }],
    ['a malformed token', facts({ token: 'ABCDEF.0123456789ABCDEF' }), { status: 'fail', action: 'refresh-token', detail: expect.stringContaining('is not a bootstrap token') as string }],
    ['not connected', facts({ controlPlane: undefined }), { status: 'skip', detail: 'connect to the control plane in the Flannel step to check' }],
    ['the list not taken', withList(undefined), { status: 'skip' }],
    ['kubeadm without sudo rights', withList(failed('sudo: a password is required')), {
      status: 'warn',
      detail: 'could not check abcdef.…: sudo: a password is required',
      fix: 'Allow ubuntu to run kubeadm through sudo without a password (a NOPASSWD line in /etc/sudoers.d), or connect as root.',
    }],
    ['no admin.conf access', withList(failed('failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: permission denied\nTo see the stack trace of this error execute with --v=5 or higher')), {
      status: 'warn',
      fix: 'ubuntu cannot read /etc/kubernetes/admin.conf: connect as root, or copy it to ~/.kube/config as `kubeadm init` suggests.',
    }],
    ['not a control plane', withList(failed('failed to load admin kubeconfig: open /root/.kube/config: no such file or directory')), { status: 'warn', fix: expect.stringContaining('`kubeadm init` never ran') as string }],
    ['no kubeadm', withList(failed('bash: line 1: kubeadm: command not found')), { status: 'warn', fix: "kubeadm is not on ubuntu's PATH there: is this the control-plane machine?" }],
    ['an error on stdout', withList(ok('failed to list bootstrap tokens: Get https://10.0.0.5:6443/api/v1/namespaces/kube-system/secrets: x509: certificate signed by unknown authority')), {
      status: 'warn',
      detail: expect.stringMatching(/^could not check abcdef\.…: `kubeadm token list` printed failed to list/) as string,
      fix: "kubeadm does not trust the API server's certificate: the kubeconfig there belongs to another cluster.",
    }],
    ['an unknown error', withList(failed('something odd')), { status: 'warn', fix: 'Run `kubeadm token list` on the control plane as ubuntu to see the error.' }],
  ])('%s', (_name, input, want) => {
    const check = checkOf(input, 'bootstrap-token');
    expect(check).toMatchObject(want);
    if (want.action === undefined) expect(check.action).toBeUndefined();
  });

  it('never shows a token secret, not even one inside an error or the list', () => {
    const inputs = [
      facts(),
      facts({ token: 'abcdef.ffffffffffffffff' }),
      withList(failed(`token ${TOKEN} is invalid`)),
      withList(ok(`stray ${TOKEN}`)),
      facts({ now: new Date('2020-01-16T10:00:00Z') }),
    ];
    for (const input of inputs) {
      const text = JSON.stringify(evaluatePreflight(input));
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('9876543210fedcba');
      expect(text).not.toContain('ffffffffffffffff');
    }
  });
});

describe('ssh-key-authorized', () => {
  const withKeys = (authorizedKeys: ProbeOutcome | undefined, extra: Partial<PreflightFacts> = {}) =>
    facts({ controlPlane: { username: 'ubuntu', tokenList: ok(tokenList), ...(authorizedKeys ? { authorizedKeys } : {}) }, ...extra });
  const notAuthorized = {
    status: 'fail',
    action: 'authorize-ssh-key',
    detail: "The node's ssh-rsa key …ey0123456789 (admin@WIN-1) is not in ubuntu's authorized_keys on the control plane: join's scp would ask for a password and fail.",
    fix: "Authorize the key: the app appends it to ubuntu's ~/.ssh/authorized_keys on the control plane (join's scp logs in with it).",
  } as const;

  it.each<Case>([
    ['authorized', facts(), { status: 'pass' }],
    ['authorized with options and another comment', withKeys(ok(`# keys\nfrom="10.0.0.0/8",no-pty ssh-rsa ${NODE_BLOB} renamed\n`)), { status: 'pass' }],
    ['not authorized', withKeys(ok('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOperatorKey me@laptop\n')), notAuthorized],
    ['only a prefix of the key present', withKeys(ok(`ssh-rsa ${NODE_BLOB.slice(0, -4)} admin@WIN-1`)), notAuthorized],
    ['the key commented out', withKeys(ok(`# ${NODE_KEY}`)), notAuthorized],
    ['no authorized_keys file', withKeys(failed('cat: .ssh/authorized_keys: No such file or directory')), notAuthorized],
    ['an empty file', withKeys(ok('')), notAuthorized],
    ['authorized for another user than join uses', withKeys(undefined, { controlPlaneUser: 'root', controlPlane: { username: 'ubuntu', authorizedKeys: ok(NODE_KEY) } }), {
      status: 'warn',
      detail: "The node's ssh-rsa key …ey0123456789 (admin@WIN-1) is in ubuntu's authorized_keys on the control plane, but join logs in as root.",
      fix: "Join copies the kubeconfig as root, not ubuntu: append the same key to root's ~/.ssh/authorized_keys too, or set Kubernetes.ControlPlane.Username to ubuntu.",
    }],
    ['not authorized, and join uses another user', withKeys(undefined, { controlPlaneUser: 'root', controlPlane: { username: 'ubuntu', authorizedKeys: ok('') } }), {
      status: 'fail',
      fix: "Join copies the kubeconfig as root, so the key must be in root's ~/.ssh/authorized_keys: connect to the control plane as root and authorize it, or set Kubernetes.ControlPlane.Username to ubuntu.",
    }],
    ['an empty ControlPlane.Username', withKeys(undefined, { controlPlaneUser: '', controlPlane: { username: 'ubuntu', authorizedKeys: ok(NODE_KEY) } }), {
      status: 'warn',
      fix: "Kubernetes.ControlPlane.Username is empty: set it to ubuntu, whose authorized_keys has the key.",
    }],
    ['no key on the node yet', withProbe('publicKey', ok('missing')), {
      status: 'warn',
      detail: 'win-1 (10.0.0.21) has no SSH key yet (~\\.ssh\\id_rsa.pub).',
      fix: 'install generates it; run install first, then check again and authorize the key on the control plane.',
    }],
    ['no key, not connected', { ...withProbe('publicKey', ok('missing')), controlPlane: undefined }, { status: 'warn' }],
    ['not connected', facts({ controlPlane: undefined }), { status: 'skip', detail: 'connect to the control plane in the Flannel step to check' }],
    ['authorized_keys not read', withKeys(undefined), { status: 'skip' }],
    ['authorized_keys unreadable', withKeys(failed('cat: .ssh/authorized_keys: Permission denied')), {
      status: 'warn',
      detail: "could not read ubuntu's authorized_keys: cat: .ssh/authorized_keys: Permission denied",
      fix: 'Run `cat ~/.ssh/authorized_keys` on the control plane as ubuntu to see why it cannot be read.',
    }],
    ['a key probe that printed something else', withProbe('publicKey', ok('Get-Content : Access denied')), { status: 'warn', detail: 'could not check: not an SSH public key line: Get-Content : Access denied' }],
    ['a key probe that failed', withProbe('publicKey', failed('exit 1')), { status: 'warn', detail: 'could not check: exit 1' }],
    ['not run', withProbe('publicKey', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    const check = checkOf(input, 'ssh-key-authorized');
    expect(check).toMatchObject(want);
    if (want.action === undefined) expect(check.action).toBeUndefined();
  });

  it('carries the node key for the authorize action, trimmed, whenever the node has one', () => {
    expect(evaluatePreflight(withKeys(ok(''))).nodePublicKey).toBe(NODE_KEY);
    expect(evaluatePreflight({ ...facts(), controlPlane: undefined }).nodePublicKey).toBe(NODE_KEY);
    expect(evaluatePreflight(withProbe('publicKey', ok('missing'))).nodePublicKey).toBeUndefined();
    expect(evaluatePreflight(withProbe('publicKey', ok('garbage'))).nodePublicKey).toBeUndefined();
  });
});
