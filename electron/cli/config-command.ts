/**
 * `npm run -s cli -- config …`: builds the Kubeclustervxlan.json that KubeCluster.ps1 reads, from the seed guide's
 * defaults or an imported file, with the options replacing exactly their fields. Exit status 0 when the config is
 * printed or written, 1 when a value or the file is refused (one line per problem, naming the field), 2 for a
 * usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Redactor } from '../../shared/logs/redact.js';
import { exportNodeConfig } from '../../shared/node-config/export-node-config.js';
import { locateIssues, readNodeConfigText, sortByPosition, withoutRefused } from '../../shared/node-config/import-node-config.js';
import { applyNodeConfigInputs, type NodeConfigInputs } from '../../shared/node-config/node-config-edit.js';
import type { NodeConfigIssue } from '../../shared/node-config/node-config-issues.js';
import { EXPORT_HOLDS_SECRETS } from '../../shared/node-config/node-config-notes.js';
import { defaultNodeConfig, type ExtraField, type NodeConfig } from '../../shared/node-config/node-config-schema.js';
import { validateNodeConfig } from '../../shared/node-config/validate-node-config.js';
import type { CliOutput } from './main.js';
import { UsageError } from './plan-args.js';

export const configUsage = `Usage: npm run -s cli -- config [--import FILE] [--plugin vxlan|bridge] [--control-plane-ip IP] [--username U]
         [--token T] [--ca-hash H] [--release V] [--interface NAME] [--cluster-cidr C] [--service-cidr C]
         [--out FILE] [--json-errors]
Builds the config KubeCluster.ps1 reads (Kubeclustervxlan.json, or Kubeclusterbridge.json with --plugin bridge)
from the seed guide's defaults, or from --import FILE (comments allowed; the 2019 Kubernetes.Master is migrated).
Each option replaces exactly its field; --release also moves the download URL to that release. Prints plain JSON
that ConvertFrom-Json reads, or writes it to --out. Problems go to stderr, one line per field, or to stdout as a
JSON array with --json-errors. The published example's placeholders are refused until --control-plane-ip,
--token and --ca-hash give the real values (kubeadm token create --print-join-command prints the last two).`;

interface ConfigArgs {
  importFile?: string;
  inputs: NodeConfigInputs;
  out?: string;
  jsonErrors: boolean;
}

/** Option name → the input it fills; every value option writes one field. */
const valueOptions: Readonly<Record<string, keyof NodeConfigInputs>> = {
  plugin: 'plugin',
  'control-plane-ip': 'controlPlaneIp',
  username: 'username',
  token: 'token',
  'ca-hash': 'caHash',
  release: 'release',
  interface: 'interfaceName',
  'cluster-cidr': 'clusterCidr',
  'service-cidr': 'serviceCidr',
};

function parseConfigArgs(argv: readonly string[]): ConfigArgs {
  const options = Object.fromEntries([...Object.keys(valueOptions), 'import', 'out'].map((name) => [name, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: { ...options, 'json-errors': { type: 'boolean' } } }));
  } catch (error) {
    // parseArgs quotes a stray argument, which may be a pasted token.
    throw new UsageError(new Redactor().redact(error instanceof Error ? error.message : String(error)));
  }
  const inputs: NodeConfigInputs = {};
  for (const [option, input] of Object.entries(valueOptions)) {
    const value = values[option];
    if (typeof value === 'string') inputs[input] = value;
  }
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return { importFile: text('import'), inputs, out: text('out'), jsonErrors: values['json-errors'] === true };
}

const label = { error: 'error', warning: 'warning', notice: 'note' } as const;

function formatIssue(item: NodeConfigIssue, file: string | undefined): string {
  const place = item.line !== undefined && file !== undefined ? `${file}:${item.line}:${item.column ?? 1}: ` : '';
  return `${place}${label[item.severity]} ${item.code} (${item.field}): ${item.message}`;
}

function toJson(issues: readonly NodeConfigIssue[]): string {
  return JSON.stringify(issues.map(({ code, field, message, line, column, severity }) => ({ code, field, message, line, column, severity })));
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Start {
  config: NodeConfig;
  extras: ExtraField[];
  locations: Record<string, { line: number; column: number }>;
  issues: NodeConfigIssue[];
}

/** The imported file read into the model, or the seed's defaults for the chosen plugin. */
function start(args: ConfigArgs): Start | { failed: NodeConfigIssue[] } | { unreadable: string } {
  if (args.importFile === undefined) {
    const plugin = args.inputs.plugin?.trim().toLowerCase() === 'bridge' ? 'bridge' : 'vxlan';
    return { config: defaultNodeConfig(plugin), extras: [], locations: {}, issues: [] };
  }
  let text: string;
  try {
    text = readFileSync(args.importFile, 'utf8');
  } catch (error) {
    return { unreadable: `Cannot read ${args.importFile}: ${reason(error)}` };
  }
  const read = readNodeConfigText(text);
  return read.config ? { config: read.config, extras: read.extras, locations: read.locations, issues: read.issues } : { failed: read.issues };
}

function report(issues: readonly NodeConfigIssue[], args: ConfigArgs, output: CliOutput): number {
  if (args.jsonErrors) output.stdout(toJson(issues));
  else output.stderr(issues.map((item) => formatIssue(item, args.importFile)).join('\n'));
  return 1;
}

export function runConfigCommand(argv: readonly string[], output: CliOutput): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.stdout(configUsage);
    return 0;
  }
  let args: ConfigArgs;
  try {
    args = parseConfigArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${error.message}\n${configUsage}`);
    return 2;
  }
  const begun = start(args);
  if ('unreadable' in begun) {
    if (args.jsonErrors) output.stdout(JSON.stringify([{ code: 'FILE_UNREADABLE', field: 'file', message: begun.unreadable, severity: 'error' }]));
    else output.stderr(begun.unreadable);
    return 1;
  }
  if ('failed' in begun) return report(begun.failed, args, output);

  const { config, changed } = applyNodeConfigInputs(begun.config, args.inputs);
  const replaced = new Set(changed);
  // What the file said about a field an option replaced no longer applies; the new value is judged below.
  const fromFile = begun.issues.filter((item) => !replaced.has(item.field));
  const rules = withoutRefused(validateNodeConfig(config), fromFile);
  const issues = sortByPosition([...fromFile, ...locateIssues(rules, begun.locations, replaced)]);
  if (issues.some((item) => item.severity === 'error')) return report(issues, args, output);

  const text = exportNodeConfig(config, { extras: begun.extras });
  const lines = issues.map((item) => formatIssue(item, args.importFile));
  if (args.out === undefined) {
    // CliOutput adds the final newline itself.
    output.stdout(text.replace(/\n$/, ''));
    if (lines.length > 0) output.stderr(lines.join('\n'));
    return 0;
  }
  try {
    writeFileSync(args.out, text, 'utf8');
  } catch (error) {
    output.stderr(`Cannot write ${args.out}: ${reason(error)}`);
    return 1;
  }
  output.stdout([...lines, `Wrote ${args.out}. ${EXPORT_HOLDS_SECRETS.text}`].join('\n'));
  return 0;
}
