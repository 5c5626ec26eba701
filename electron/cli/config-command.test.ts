import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportNodeConfig } from '../../shared/node-config/export-node-config.js';
import { readNodeConfigText } from '../../shared/node-config/import-node-config.js';
import { defaultNodeConfig } from '../../shared/node-config/node-config-schema.js';
import { example, examplePath, examples, REAL, withRealValues } from '../../shared/node-config/testing/examples.js';
import { runConfigCommand } from './config-command.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runConfigCommand(argv, { stdout: (text) => out.push(`${text}\n`), stderr: (text) => err.push(`${text}\n`) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The domain's plain round trip of a file: what the CLI must print when no option changes anything. */
const roundTrip = (text: string) => {
  const read = readNodeConfigText(text);
  return exportNodeConfig(read.config ?? expect.fail('not read'), { extras: read.extras });
};
const secrets = ['--control-plane-ip', REAL.ip, '--token', REAL.token, '--ca-hash', REAL.caHash];

describe('cli config', () => {
  it('round-trips a valid commented file to plain JSON with no other options', () => {
    const source = withRealValues(example('seed-Kubeclustervxlan.jsonc'));
    const path = file('Kubeclustervxlan.jsonc', source);
    const { status, stdout, stderr } = run(['--import', path]);
    expect(status).toBe(0);
    expect(stdout).toBe(roundTrip(source));
    expect(JSON.parse(stdout)).toEqual(parse(source));
    expect(stderr).toBe(
      `${path}:2:16: note COMMENTS_DROPPED (file): the file has comments; ConvertFrom-Json reads none, so export leaves them out.\n` +
        `${path}:18:21: warning VXLAN_NEEDS_KB4489899 (Cni.Plugin.Name): vxlan (overlay) needs Windows Server 2019 with KB4489899 (build 17763.379 or later). Without it, choose bridge.\n`,
    );
  });

  it('refuses the published placeholders by field name, one line each, with line and column', () => {
    const path = examplePath('seed-Kubeclustervxlan.jsonc');
    const { status, stdout, stderr } = run(['--import', path]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const errors = stderr.split('\n').filter((line) => line.includes(' error '));
    expect(errors.map((line) => line.replace(/: placeholder: .*/, ''))).toEqual([
      `${path}:28:27: error PLACEHOLDER (Kubernetes.ControlPlane.IpAddress)`,
      `${path}:30:30: error PLACEHOLDER (Kubernetes.ControlPlane.KubeadmToken)`,
      `${path}:31:31: error PLACEHOLDER (Kubernetes.ControlPlane.KubeadmCAHash)`,
    ]);
    expect(errors[1]).toContain('placeholder: give the real value instead of the example\'s "token"');
  });

  it.each(examples)('replaces exactly the three placeholders of %s and nothing else', (name) => {
    const { status, stdout } = run(['--import', examplePath(name), ...secrets]);
    const plain = roundTrip(example(name)).split('\n');
    const replaced = stdout.split('\n');
    expect(status).toBe(name.endsWith('2019-06/Kubeclusterbridge.json') ? 1 : 0); // that file's URL names 1.14.1 for Release 1.14.0
    if (status !== 0) return;
    expect(replaced.length).toBe(plain.length);
    const differences = plain.flatMap((line, index) => (line === replaced[index] ? [] : [[line.trim(), replaced[index]?.trim()]]));
    expect(differences).toEqual([
      ['"IpAddress": "kubemasterIP",', `"IpAddress": "${REAL.ip}",`],
      ['"KubeadmToken": "token",', `"KubeadmToken": "${REAL.token}",`],
      ['"KubeadmCAHash": "discovery-token-ca-cert-hash"', `"KubeadmCAHash": "${REAL.caHash}"`],
    ]);
  });

  it('migrates the 2019 Master and says so', () => {
    const { status, stdout, stderr } = run(['--import', examplePath('sig-windows-tools/v1.15.0-2019-06/Kubeclustervxlan.json'), ...secrets]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).Kubernetes.ControlPlane.IpAddress).toBe(REAL.ip);
    expect(stdout).not.toContain('Master');
    expect(stderr).toContain(':27:9: note MIGRATED_MASTER (Kubernetes.ControlPlane): the 2019 schema\'s Kubernetes.Master was migrated');
  });

  it('builds a config from the defaults, for either plugin, with the release moving the URL', () => {
    const vxlan = run([...secrets]);
    expect(vxlan.status).toBe(0);
    const expected = defaultNodeConfig('vxlan');
    expected.Kubernetes.ControlPlane = { ...expected.Kubernetes.ControlPlane, IpAddress: REAL.ip, KubeadmToken: REAL.token, KubeadmCAHash: REAL.caHash };
    expect(vxlan.stdout).toBe(exportNodeConfig(expected));
    const bridge = JSON.parse(run([...secrets, '--plugin', 'bridge', '--release', '1.16.2', '--username', 'ubuntu', '--interface', 'Ethernet 2']).stdout);
    expect(bridge.Cni).toMatchObject({ Plugin: { Name: 'bridge' }, InterfaceName: 'Ethernet 2' });
    expect(bridge.Kubernetes).toMatchObject({ Source: { Release: '1.16.2', Url: 'https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz' }, KubeProxy: { Gates: 'WinDSR=true' }, ControlPlane: { Username: 'ubuntu' } });
    const networks = JSON.parse(run([...secrets, '--cluster-cidr', '10.200.0.0/16', '--service-cidr', '10.100.0.0/16']).stdout);
    expect(networks.Kubernetes.Network).toEqual({ ServiceCidr: '10.100.0.0/16', ClusterCidr: '10.200.0.0/16' });
  });

  it('exits 1 with one line per refused value, naming the field, never echoing a secret', () => {
    const token = 'ABCDEF.0123456789ABCDEF';
    const hash = 'f'.repeat(64);
    const { status, stdout, stderr } = run(['--control-plane-ip', '10.0.0.300', '--token', token, '--ca-hash', hash, '--plugin', 'overlay', '--cluster-cidr', '10.96.0.0/16']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean).map((line) => line.split(':')[0])).toEqual([
      'error PLUGIN_UNKNOWN (Cni.Plugin.Name)',
      'error IP_INVALID (Kubernetes.ControlPlane.IpAddress)',
      'error TOKEN_INVALID (Kubernetes.ControlPlane.KubeadmToken)',
      'error CA_HASH_INVALID (Kubernetes.ControlPlane.KubeadmCAHash)',
      'error CIDR_OVERLAP (Kubernetes.Network.ClusterCidr)',
    ]);
    expect(stderr).not.toContain(token);
    expect(stderr).not.toContain(hash);
    const json = run(['--json-errors', '--token', token, '--ca-hash', hash, '--control-plane-ip', REAL.ip]);
    expect(json.status).toBe(1);
    expect(json.stdout).not.toContain(token);
    expect(json.stdout).not.toContain(hash);
  });

  it('prints a JSON array of problems with their line and column for --json-errors', () => {
    const broken = file('broken.json', withRealValues(example('sig-windows-tools/v1.16.0/Kubeclustervxlan.json')).replace('"Name": "vxlan"', '"Name": "overlay"'));
    const { status, stdout, stderr } = run(['--import', broken, '--json-errors']);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([{ code: 'PLUGIN_UNKNOWN', field: 'Cni.Plugin.Name', severity: 'error', line: 18, column: 21, message: 'unknown plugin "overlay": KubeCluster.ps1 takes vxlan (overlay) or bridge (l2bridge).' }]);
    const syntax = run(['--import', file('syntax.json', '{ "Cri": { "Name": "dockerd" }'), '--json-errors']);
    expect(JSON.parse(syntax.stdout)).toEqual([expect.objectContaining({ code: 'JSON_SYNTAX', field: 'file', line: 1, column: 31 })]);
  });

  it('writes --out and says the file holds the secrets', () => {
    const out = join(dir, 'Kubeclustervxlan.json');
    const { status, stdout } = run([...secrets, '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toContain(`Wrote ${out}. The exported file holds the bootstrap token and CA hash in clear text`);
    expect(readFileSync(out, 'utf8')).toBe(run([...secrets]).stdout);
    expect(run([...secrets, '--out', join(dir, 'missing', 'x.json')])).toMatchObject({ status: 1, stderr: expect.stringContaining('Cannot write') });
  });

  it('exits 1 for a file it cannot read, 2 with the usage for usage errors, 0 for --help', () => {
    expect(run(['--import', join(dir, 'none.json')])).toMatchObject({ status: 1, stderr: expect.stringContaining('Cannot read') });
    expect(JSON.parse(run(['--import', join(dir, 'none.json'), '--json-errors']).stdout)[0]).toMatchObject({ code: 'FILE_UNREADABLE', field: 'file' });
    for (const argv of [['--tokn', 'x'], ['--token'], ['--out'], ['extra'], ['--json-errors=yes']]) {
      const { status, stdout, stderr } = run(argv);
      expect(status, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: npm run -s cli -- config');
    }
    const stray = run([REAL.token]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).not.toContain(REAL.token);
    expect(run(['--help'])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringContaining('--control-plane-ip') });
  });
});
