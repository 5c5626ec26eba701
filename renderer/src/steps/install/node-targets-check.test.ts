import { describe, expect, it } from 'vitest';
import { defaultNodeTargets, type NodeTargetsDraft, type WindowsNodeDraft } from '../../../../shared/plan/plan-schema.js';
import { checkNodeTargets, checkRemoteNode, nodeWorkFor, parseConcurrency } from './node-targets-check.js';
import { addNode, editNode, removeNode, withoutIndex } from './node-targets-model.js';

const node = (change: Partial<WindowsNodeDraft> = {}): WindowsNodeDraft => ({
  name: 'win-1',
  host: '10.0.0.21',
  port: '22',
  username: 'Administrator',
  authType: 'key',
  privateKeyPath: 'C:\\Users\\op\\.ssh\\id_ed25519',
  ...change,
});
const noSecret = { password: '', passphrase: '' };
const targets = (change: Partial<NodeTargetsDraft> = {}): NodeTargetsDraft => ({ ...defaultNodeTargets(), ...change });

describe('checkRemoteNode', () => {
  it('builds the ssh target a job gets', () => {
    expect(checkRemoteNode(node(), { password: '', passphrase: 'pp' })).toEqual({
      target: {
        type: 'ssh',
        name: 'win-1',
        connection: { host: '10.0.0.21', port: 22, username: 'Administrator', auth: { type: 'key', privateKeyPath: 'C:\\Users\\op\\.ssh\\id_ed25519', passphrase: 'pp' } },
      },
      errors: {},
    });
  });

  it('puts each problem at its field, in words about the node', () => {
    const check = checkRemoteNode(node({ name: ' ', host: '', port: '70000', username: 'a b', authType: 'password' }), noSecret);
    expect(check.target).toBeUndefined();
    expect(check.errors).toEqual({
      name: expect.stringContaining('Name the node'),
      host: 'Enter the node’s host name or IP address.',
      port: expect.stringContaining('1 to 65535'),
      username: 'A user name has no spaces, colons or @.',
      password: expect.stringContaining('Enter the password'),
    });
  });

  it('needs no key path for the agent and keeps the password only in the target', () => {
    expect(checkRemoteNode(node({ authType: 'agent', privateKeyPath: '' }), noSecret).target?.connection.auth).toEqual({ type: 'agent' });
    expect(checkRemoteNode(node({ authType: 'password' }), { password: 's3cret', passphrase: '' }).target?.connection.auth).toEqual({ type: 'password', password: 's3cret' });
  });
});

describe('checkNodeTargets', () => {
  it('accepts the defaults for this machine', () => {
    const check = checkNodeTargets(targets(), []);
    expect(check.errors).toEqual({});
    expect(check.workDir).toBe('C:\\k');
    expect(check.source).toEqual({ type: 'download' });
    expect(check.concurrency).toBe(3);
  });

  it('checks the work folder, the archive path and the concurrency', () => {
    const check = checkNodeTargets(targets({ workDir: 'k', source: 'archive', archivePath: '', concurrency: '9' }), []);
    expect(check.errors.workDir).toMatch(/absolute folder/);
    expect(check.errors.archivePath).toMatch(/path of the archive/);
    expect(check.errors.concurrency).toBe('Run 1 to 8 nodes at once.');
    expect(check.workDir).toBeUndefined();
    expect(check.source).toBeUndefined();
    expect(checkNodeTargets(targets({ source: 'archive', archivePath: 'C:\\k\\tools*.zip' }), []).errors.archivePath).toMatch(/absolute path/);
    expect(checkNodeTargets(targets({ source: 'archive', archivePath: 'C:\\k\\tools.zip' }), []).source).toEqual({ type: 'archive', archivePath: 'C:\\k\\tools.zip' });
  });

  it('refuses a second row for the same machine or with the same name, keeping the first', () => {
    const check = checkNodeTargets(targets({ nodes: [node(), node({ name: 'other', host: '10.0.0.21' }), node({ name: 'WIN-1', host: '10.0.0.22' })] }), []);
    expect(check.nodes[0]?.target).toBeDefined();
    expect(check.nodes[1]?.errors.host).toBe('Node 1 reaches the same machine (same user, host and port).');
    expect(check.nodes[1]?.target).toBeUndefined();
    expect(check.nodes[2]?.errors.name).toBe('Node 1 has this name already.');
    expect(check.nodes[2]?.target).toBeUndefined();
  });

  it('reads each row\'s secret by its index', () => {
    const check = checkNodeTargets(targets({ nodes: [node({ authType: 'password' }), node({ name: 'b', host: 'b', authType: 'password' })] }), [noSecret, { password: 'x', passphrase: '' }]);
    expect(check.nodes.map((n) => n.target !== undefined)).toEqual([false, true]);
  });
});

describe('parseConcurrency and nodeWorkFor', () => {
  it('takes whole numbers from 1 to 8 only', () => {
    expect(['1', ' 8 ', '0', '9', '2.5', '', 'x'].map(parseConcurrency)).toEqual([1, 8, undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives the node work only for a valid folder and file name', () => {
    expect(nodeWorkFor({ type: 'local' }, 'C:\\k', 'Kubeclustervxlan.json')).toEqual({ target: { type: 'local' }, workDir: 'C:\\k', configFileName: 'Kubeclustervxlan.json' });
    expect(nodeWorkFor({ type: 'local' }, undefined, 'Kubeclustervxlan.json')).toBeUndefined();
  });
});

describe('node list edits', () => {
  it('adds a row like the previous one, edits and removes rows', () => {
    let draft = addNode(targets({ nodes: [node({ username: 'ops', authType: 'agent' })] }));
    expect(draft.nodes[1]).toEqual({ name: '', host: '', port: '22', username: 'ops', authType: 'agent', privateKeyPath: 'C:\\Users\\op\\.ssh\\id_ed25519' });
    draft = editNode(draft, 1, 'host', '10.0.0.9');
    expect(draft.nodes[1]?.host).toBe('10.0.0.9');
    expect(removeNode(draft, 0).nodes.map((n) => n.host)).toEqual(['10.0.0.9']);
    expect(addNode(targets()).nodes[0]).toMatchObject({ port: '22', username: 'Administrator', authType: 'key' });
    expect(withoutIndex(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
