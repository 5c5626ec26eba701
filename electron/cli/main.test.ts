import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.js';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('cli plan', () => {
  it('prints one JSON object with the documented keys and exits 0 for a valid plan', () => {
    const { status, stdout, stderr } = run(['plan', '--nodes', '5', '--pods-per-node', '100', '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      errors: [],
      warnings: [],
      minimumAddresses: 505,
      clusterAddresses: 65536,
      maxNodes: 256,
      suggestedClusterCidr: '10.244.0.0/21',
    });
  });

  it('exits 1 with every error at its field for an unsafe plan', () => {
    const { status, stdout } = run([
      'plan', '--nodes', '300', '--pods-per-node', '100', '--cluster-cidr', '10.96.0.0/16', '--dns-ip', '10.96.0.1', '--json',
    ]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { code: string; field: string }) => `${e.code}@${e.field}`)).toEqual([
      'DNS_RESERVED@dnsIp',
      'NODE_SUBNETS_EXHAUSTED@clusterCidr',
      'SUBNET_OVERLAP@serviceCidr',
    ]);
  });

  it('treats every --existing-network and the HNS network as existing', () => {
    const withLan = run(['plan', '--nodes', '3', '--pods-per-node', '30', '--existing-network', '10.244.0.0/24', '--existing-network', '192.168.1.0/24', '--json']);
    expect(JSON.parse(withLan.stdout).errors).toEqual([expect.objectContaining({ code: 'SUBNET_OVERLAP', field: 'clusterCidr' })]);
    const hns = run(['plan', '--nodes', '3', '--pods-per-node', '30', '--cluster-cidr', '192.168.0.0/16', '--json']);
    expect(JSON.parse(hns.stdout).errors[0].message).toContain('HNS network "External" 192.168.255.0/30');
  });

  it('prints a readable report without --json', () => {
    const { status, stdout } = run(['plan', '--nodes', '5', '--pods-per-node', '100', '--cluster-cidr', '10.244.0.0/24']);
    expect(status).toBe(1);
    expect(stdout).toContain('The plan is NOT valid: 2 errors.');
    expect(stdout).toContain('error CLUSTER_TOO_SMALL (clusterCidr): Cluster CIDR 10.244.0.0/24 holds 256 addresses; 5 nodes + 5 × 100 pods need 505.');
    expect(stdout).toMatch(/smallest cluster CIDR that fits: +10\.244\.0\.0\/21/);
  });

  it('exits 2 with a message on stderr for usage errors', () => {
    for (const argv of [[], ['frobnicate'], ['plan'], ['plan', '--nodes', '3'], ['plan', '--nodes', '3', '--pods-per-node', '3', '--colour']]) {
      const { status, stdout, stderr } = run(argv);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Usage: npm run -s cli/);
    }
  });

  it('exits 1 (not 2) for a count that is given but not a whole number', () => {
    const { status, stdout } = run(['plan', '--nodes', 'many', '--pods-per-node', '3', '--json']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).errors[0]).toMatchObject({ code: 'INPUT_INVALID', field: 'nodes' });
  });

  it('works as the README command, through npm, with its exit status', async () => {
    const npm = promisify(execFile);
    const { stdout } = await npm('npm', ['run', '-s', 'cli', '--', 'plan', '--nodes', '5', '--pods-per-node', '100', '--json']);
    expect(JSON.parse(stdout).suggestedClusterCidr).toBe('10.244.0.0/21');
    await expect(npm('npm', ['run', '-s', 'cli', '--', 'plan', '--nodes', '5', '--pods-per-node', '100', '--cluster-cidr', 'abc'])).rejects.toMatchObject({ code: 1 });
    await expect(npm('npm', ['run', '-s', 'cli', '--', 'plan'])).rejects.toMatchObject({ code: 2 });
  });
});
