/**
 * `npm run -s cli -- flannel --manifest FILE …`: patches a downloaded kube-flannel.yml for Windows nodes.
 * Exit status 0 when patched (or already right), 1 when the manifest or a value cannot be used, 2 for a usage
 * error. The manifest goes to stdout so it can be piped into `kubectl apply -f -`; the report goes to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CLUSTER_CIDR } from '../../shared/flannel/flannel-settings.js';
import { patchFlannelManifest, type PatchedManifest } from '../../shared/flannel/patch-manifest.js';
import type { CliOutput } from './main.js';
import { UsageError } from './plan-args.js';

export const flannelUsage = `Usage: npm run -s cli -- flannel --manifest FILE [--cluster-cidr C] [--out FILE]
Patches a real kube-flannel.yml for Windows nodes: net-conf.json (cluster CIDR, VXLAN VNI 4096, port 4789),
cni-conf.json (network vxlan0, flannel delegate, portmap) and a Linux nodeSelector on the flannel DaemonSets.
Prints the patched manifest, or writes it to --out. The cluster CIDR defaults to ${DEFAULT_CLUSTER_CIDR}.`;

interface FlannelArgs {
  manifest: string;
  clusterCidr: string;
  out?: string;
}

function parseFlannelArgs(argv: readonly string[]): FlannelArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { manifest: { type: 'string' }, 'cluster-cidr': { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.manifest === undefined) throw new UsageError('--manifest is required: the kube-flannel.yml to patch.');
  return { manifest: values.manifest, clusterCidr: values['cluster-cidr'] ?? DEFAULT_CLUSTER_CIDR, out: values.out };
}

function report(result: PatchedManifest, file: string): string {
  const lines = result.changes.length > 0 ? [`Patched ${file}:`, ...result.changes.map((change) => `  ${change}`)] : [`${file} already has the Windows settings; nothing changed.`];
  lines.push(`Linux node selector: ${result.osLabel.key}=linux (${result.osLabel.reason}).`);
  return [...lines, ...result.warnings.map((warning) => `warning: ${warning}`)].join('\n');
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function runFlannelCommand(argv: readonly string[], output: CliOutput): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.stdout(flannelUsage);
    return 0;
  }
  let args: FlannelArgs;
  try {
    args = parseFlannelArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${error.message}\n${flannelUsage}`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(args.manifest, 'utf8');
  } catch (error) {
    output.stderr(`Cannot read the manifest ${args.manifest}: ${reason(error)}`);
    return 1;
  }
  const result = patchFlannelManifest(source, { clusterCidr: args.clusterCidr }, basename(args.manifest));
  if (!result.ok) {
    output.stderr(result.errors.map((error) => `error ${error.code} (${error.field}): ${error.message}`).join('\n'));
    return 1;
  }
  if (args.out === undefined) {
    // CliOutput adds the final newline itself.
    output.stdout(result.manifest.replace(/\n$/, ''));
    output.stderr(report(result, args.manifest));
    return 0;
  }
  try {
    writeFileSync(args.out, result.manifest, 'utf8');
  } catch (error) {
    output.stderr(`Cannot write ${args.out}: ${reason(error)}`);
    return 1;
  }
  output.stdout(`${report(result, args.manifest)}\nWrote ${args.out}.`);
  return 0;
}
