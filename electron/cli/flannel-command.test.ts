import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patchFlannelManifest } from '../../shared/flannel/patch-manifest.js';
import { runFlannelCommand } from './flannel-command.js';

const data = new URL('../../../shared/mission/data/', import.meta.url);
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flannel-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runFlannelCommand(argv, { stdout: (text) => out.push(`${text}\n`), stderr: (text) => err.push(`${text}\n`) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

function copy(name: string): string {
  const target = join(dir, 'kube-flannel.yml');
  copyFileSync(new URL(name, data), target);
  return target;
}

describe('cli flannel', () => {
  it('prints exactly the patched manifest on stdout and the changes on stderr', () => {
    const file = copy('flannel/kube-flannel-v0.11.0.yml');
    const { status, stdout, stderr } = run(['--manifest', file]);
    expect(status).toBe(0);
    const expected = patchFlannelManifest(readFileSync(file, 'utf8'), { clusterCidr: '10.244.0.0/16' });
    expect(expected.ok && stdout).toBe(expected.ok && expected.manifest);
    expect(stderr).toContain(`Patched ${file}:\n  ConfigMap kube-system/kube-flannel-cfg net-conf.json: Backend.VNI: (unset) → 4096\n`);
    expect(stderr).toContain("Linux node selector: beta.kubernetes.io/os=linux (it matches the manifest's beta.kubernetes.io/arch selector).");
  });

  it('writes --out, reports on stdout, and finds nothing to change the second time', () => {
    const file = copy('flannel/kube-flannel-v0.28.9.yml');
    const out = join(dir, 'patched.yml');
    const first = run(['--manifest', file, '--cluster-cidr', '10.200.0.0/16', '--out', out]);
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toContain(`Wrote ${out}.`);
    expect(readFileSync(out, 'utf8')).toContain('"Network": "10.200.0.0/16"');
    const second = run(['--manifest', out, '--cluster-cidr', '10.200.0.0/16']);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(readFileSync(out, 'utf8'));
    expect(second.stderr).toContain(`${out} already has the Windows settings; nothing changed.`);
  });

  it('exits 1 naming the field for an invalid cluster CIDR', () => {
    const { status, stdout, stderr } = run(['--manifest', copy('flannel/kube-flannel-v0.13.0.yml'), '--cluster-cidr', '10.244.0.0/33']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('error CLUSTER_CIDR_INVALID (clusterCidr): Cluster CIDR "10.244.0.0/33" is not an IPv4 network in CIDR form (e.g. 10.244.0.0/16).\n');
  });

  it('exits 1 with every reason for a manifest it cannot patch, or cannot read', () => {
    const file = copy('sig-windows-tools/hostprocess/kube-proxy.yml');
    const { status, stderr } = run(['--manifest', file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error CONFIGMAP_NOT_FOUND \(manifest\): .*\nerror DAEMONSET_NOT_FOUND \(manifest\): /);
    writeFileSync(file, 'kind: [');
    expect(run(['--manifest', file]).stderr).toContain('error MANIFEST_YAML_INVALID (manifest)');
    const missing = run(['--manifest', join(dir, 'missing.yml')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`Cannot read the manifest ${join(dir, 'missing.yml')}: ENOENT`);
  });

  it('exits 1 when --out cannot be written', () => {
    const { status, stderr } = run(['--manifest', copy('flannel/kube-flannel-v0.13.0.yml'), '--out', join(dir, 'no-such-dir', 'x.yml')]);
    expect(status).toBe(1);
    expect(stderr).toContain('Cannot write');
  });

  it('exits 2 with the usage for usage errors, 0 for --help', () => {
    for (const argv of [[], ['--cluster-cidr', '10.244.0.0/16'], ['--manifest'], ['--manifest', 'a.yml', 'extra'], ['--manifest', 'a.yml', '--colour']]) {
      const { status, stdout, stderr } = run(argv);
      expect(status, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: npm run -s cli -- flannel --manifest FILE');
    }
    const help = run(['--help']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toContain('The cluster CIDR defaults to 10.244.0.0/16.');
  });
});
