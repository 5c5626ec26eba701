import { Redactor } from '../logs/redact.js';
import { parseIpv4Address } from '../ip-plan/ipv4.js';
import { redactSecret } from './node-config-issues.js';

/** What `kubeadm token create --print-join-command` tells the node config. */
export interface JoinCommand {
  /** `host:port` as printed: the kubeconfig's server without `https://`. */
  apiServer: string;
  host: string;
  port: number;
  /** The host when it is an IPv4 address (what `Kubernetes.ControlPlane.IpAddress` needs), otherwise undefined. */
  ipAddress: string | undefined;
  token: string;
  /** The first pin; kubeadm prints one per CA certificate, usually one. */
  caHash: string;
  caHashes: string[];
}

export const joinCommandErrorCodes = ['NO_JOIN_COMMAND', 'API_SERVER_MISSING', 'API_SERVER_INVALID', 'TOKEN_MISSING', 'TOKEN_INVALID', 'CA_HASH_MISSING', 'CA_HASH_INVALID'] as const;
export type JoinCommandErrorCode = (typeof joinCommandErrorCodes)[number];
export interface JoinCommandError {
  code: JoinCommandErrorCode;
  message: string;
}
export type JoinCommandResult = ({ ok: true } & JoinCommand) | { ok: false; errors: JoinCommandError[] };

const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;
const CA_HASH = /^sha256:[0-9a-fA-F]{64}$/;
const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/;
const JOIN = /(?:^|\s)kubeadm\s+join(?=\s|$)/;
/** klog lines (`W0129 19:10:04.842735   15533 validation.go:28] …`) reach the output when stderr is merged. */
const KLOG = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ \S+:\d+\] /;
/** Flags of `kubeadm join` that take no value; every other flag takes the next word unless written `--flag=value`. */
const BOOLEAN_FLAGS = new Set(['--control-plane', '--discovery-token-unsafe-skip-ca-verification', '--dry-run', '--experimental-control-plane']);

const fail = (code: JoinCommandErrorCode, message: string): JoinCommandError => ({ code, message });

/**
 * The join line, whichever form kubeadm printed: `\`-newline continuations (v1.14 betas, or text copied from
 * `kubeadm init`), TABs (v1.21+ template), CRLF, runs of spaces (five in v1.14–1.20), a trailing space. A worker
 * join is preferred over the control-plane one that `kubeadm init` prints first.
 */
function findJoinLine(output: string): string | undefined {
  const text = output.replace(/\r\n?/g, '\n').replace(/\\[ \t]*\n/g, ' ').replace(/\t/g, ' ');
  const lines = text.split('\n').filter((line) => !KLOG.test(line) && JOIN.test(line));
  const line = lines.find((candidate) => !/\s--(?:experimental-)?control-plane(?:\s|=|$)/.test(candidate)) ?? lines[0];
  return line?.slice(line.search(JOIN)).trim();
}

/** Positional words and flag values; kubeadm v1.9 put the address after `--token`, so order is not assumed. */
function readArguments(line: string): { positionals: string[]; flags: Map<string, string[]> } {
  const words = line.split(/\s+/).slice(2);
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (!word.startsWith('-')) positionals.push(word);
    else if (word.includes('=')) add(word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1));
    else if (BOOLEAN_FLAGS.has(word)) add(word, 'true');
    else add(word, words[(index += 1)] ?? '');
  }
  return { positionals, flags };
}

function noJoinCommand(output: string): JoinCommandError {
  const first = output.split(/\r?\n/).find((line) => line.trim() !== '')?.trim();
  if (first === undefined) return fail('NO_JOIN_COMMAND', 'the output is empty: run `kubeadm token create --print-join-command` on the control plane.');
  if (TOKEN.test(first)) return fail('NO_JOIN_COMMAND', 'the output is only a token: add --print-join-command so kubeadm prints the CA hash and address too.');
  // The line may be anything the remote side printed: redact token- and hash-shaped text before showing it.
  const shown = new Redactor().redact(first).slice(0, 160);
  return fail('NO_JOIN_COMMAND', `no "kubeadm join" line in the output; it starts with: ${shown}`);
}

/** Parses the output of `kubeadm token create --print-join-command`, reporting every problem, never a secret. */
export function parseJoinCommand(output: string): JoinCommandResult {
  const line = findJoinLine(output);
  if (line === undefined) return { ok: false, errors: [noJoinCommand(output)] };
  const { positionals, flags } = readArguments(line);
  const errors: JoinCommandError[] = [];

  const apiServer = positionals[0];
  const address = apiServer === undefined ? undefined : HOST_PORT.exec(apiServer);
  const port = Number(address?.[2]);
  if (apiServer === undefined) errors.push(fail('API_SERVER_MISSING', 'the join command names no API server address (host:port).'));
  else if (!address || port < 1 || port > 65535) errors.push(fail('API_SERVER_INVALID', `"${apiServer}" is not an API server address like 10.0.0.4:6443.`));

  const token = (flags.get('--token') ?? flags.get('--discovery-token'))?.[0];
  if (token === undefined || token === '') errors.push(fail('TOKEN_MISSING', 'the join command has no --token.'));
  else if (!TOKEN.test(token)) errors.push(fail('TOKEN_INVALID', `the --token value ${redactSecret(token)} is not a kubeadm token ([a-z0-9]{6}.[a-z0-9]{16}).`));

  const caHashes = flags.get('--discovery-token-ca-cert-hash') ?? [];
  if (caHashes.length === 0) {
    const skip = flags.has('--discovery-token-unsafe-skip-ca-verification') ? ' It skips CA verification instead, which KubeCluster.ps1 cannot do.' : '';
    errors.push(fail('CA_HASH_MISSING', `the join command has no --discovery-token-ca-cert-hash.${skip}`));
  }
  for (const hash of caHashes.filter((value) => !CA_HASH.test(value))) {
    errors.push(fail('CA_HASH_INVALID', `the --discovery-token-ca-cert-hash value ${redactSecret(hash)} is not "sha256:" and 64 hexadecimal digits.`));
  }

  if (errors.length > 0 || !address?.[1] || token === undefined || caHashes[0] === undefined) return { ok: false, errors };
  const host = address[1];
  const ipAddress = parseIpv4Address(host) === undefined ? undefined : host;
  return { ok: true, apiServer: apiServer ?? '', host, port, ipAddress, token, caHash: caHashes[0], caHashes };
}
