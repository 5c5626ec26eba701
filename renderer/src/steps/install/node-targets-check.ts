import type { NodeTargetsDraft, WindowsNodeDraft } from '../../../../shared/plan/plan-schema.js';
import {
  kubeadmSourceSchema,
  nodePathSchema,
  nodeWorkSchema,
  windowsTargetKey,
  windowsTargetSchema,
  type KubeadmSource,
  type NodeWork,
  type WindowsTarget,
} from '../../../../shared/windows-node/windows-target.js';
import { buildProfile } from '../flannel/connection-form.js';
import type { NodeSecret } from './node-secrets.js';

export type RemoteNodeField = 'name' | 'host' | 'port' | 'username' | 'privateKeyPath' | 'passphrase' | 'password';
export type SshTarget = Extract<WindowsTarget, { type: 'ssh' }>;

export interface RemoteNodeCheck {
  /** The target a job would get, when every field is valid and no other row names the same machine. */
  target: SshTarget | undefined;
  /** The first problem of each field, worded for a Windows node. */
  errors: Partial<Record<RemoteNodeField, string>>;
}

export interface NodeTargetsCheck {
  errors: Partial<Record<'workDir' | 'archivePath' | 'concurrency', string>>;
  workDir: string | undefined;
  source: KubeadmSource | undefined;
  concurrency: number | undefined;
  nodes: RemoteNodeCheck[];
}

export const MAX_CONCURRENCY = 8;

export const remoteNodeFieldLabels: Record<RemoteNodeField, string> = {
  name: 'Name',
  host: 'Host',
  port: 'SSH port',
  username: 'User',
  privateKeyPath: 'Private key file',
  passphrase: 'Key passphrase',
  password: 'Password',
};

/** The schemas are shared with the control-plane form; an empty field gets a message about the node instead. */
const emptyMessages: Record<RemoteNodeField, string> = {
  name: 'Name the node, as the summary should show it (its host name is a good choice).',
  host: 'Enter the node’s host name or IP address.',
  port: 'Enter a port number from 1 to 65535 (Windows OpenSSH listens on 22).',
  username: 'Enter the Windows user to log in as (an administrator).',
  privateKeyPath: 'Choose the private key file.',
  passphrase: '',
  password: 'Enter the password (kept in memory for this session only).',
};

const remoteFields = new Set<string>(Object.keys(emptyMessages));

function isRemoteField(value: unknown): value is RemoteNodeField {
  return typeof value === 'string' && remoteFields.has(value);
}

/** Validates one row with the same schemas `jobs.start` applies (windows-target and ssh-profile). */
export function checkRemoteNode(draft: WindowsNodeDraft, secret: NodeSecret): RemoteNodeCheck {
  const connection = buildProfile(draft, secret);
  const parsed = windowsTargetSchema.safeParse({ type: 'ssh', name: draft.name.trim(), connection });
  if (parsed.success && parsed.data.type === 'ssh') return { target: parsed.data, errors: {} };
  const errors: RemoteNodeCheck['errors'] = {};
  const values: Record<RemoteNodeField, string> = { ...draft, ...secret };
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path.at(-1);
    if (!isRemoteField(field)) continue;
    const empty = values[field].trim() === '';
    errors[field] ??= field === 'port' ? emptyMessages.port : empty && emptyMessages[field] ? emptyMessages[field] : issue.message;
  }
  return { target: undefined, errors };
}

/** The archive path is a file, so the folder wording of the shared schema is replaced. */
function archivePathError(path: string): string | undefined {
  if (path.trim() === '') return 'Enter the path of the archive on the node, e.g. C:\\k\\sig-windows-tools.zip.';
  return nodePathSchema.safeParse(path).success ? undefined : 'Use an absolute path such as C:\\k\\sig-windows-tools.zip, without quotes or wildcards.';
}

export function parseConcurrency(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_CONCURRENCY ? value : undefined;
}

/**
 * Everything "Where to run" needs before a job may start: the work folder, the kubeadm source, the concurrency
 * limit, and each remote node. A row that reaches the same machine as an earlier one (user, host and port), or
 * repeats its name, is refused: jobs and saved progress are kept per machine.
 */
export function checkNodeTargets(draft: NodeTargetsDraft, secrets: readonly NodeSecret[]): NodeTargetsCheck {
  const errors: NodeTargetsCheck['errors'] = {};
  const work = nodePathSchema.safeParse(draft.workDir);
  if (!work.success) errors.workDir = work.error.issues[0]?.message ?? 'Enter a folder on the node.';
  if (draft.source === 'archive') {
    const problem = archivePathError(draft.archivePath);
    if (problem) errors.archivePath = problem;
  }
  const source = kubeadmSourceSchema.safeParse(draft.source === 'archive' ? { type: 'archive', archivePath: draft.archivePath } : { type: draft.source });
  const concurrency = parseConcurrency(draft.concurrency);
  if (concurrency === undefined) errors.concurrency = `Run 1 to ${MAX_CONCURRENCY} nodes at once.`;

  const nodes = draft.nodes.map((node, index) => checkRemoteNode(node, secrets[index] ?? { password: '', passphrase: '' }));
  const keys = new Map<string, number>();
  const names = new Map<string, number>();
  nodes.forEach((check, index) => {
    const name = draft.nodes[index]?.name.trim().toLowerCase() ?? '';
    if (name && names.has(name)) check.errors.name ??= `Node ${(names.get(name) ?? 0) + 1} has this name already.`;
    else if (name) names.set(name, index);
    if (!check.target) return;
    const key = windowsTargetKey(check.target);
    if (keys.has(key)) check.errors.host ??= `Node ${(keys.get(key) ?? 0) + 1} reaches the same machine (same user, host and port).`;
    else keys.set(key, index);
  });
  for (const check of nodes) if (Object.keys(check.errors).length > 0) check.target = undefined;

  return {
    errors,
    workDir: work.success ? work.data : undefined,
    source: source.success ? source.data : undefined,
    concurrency,
    nodes,
  };
}

/** What every job on the node needs about its files, or undefined while the work folder is invalid. */
export function nodeWorkFor(target: WindowsTarget, workDir: string | undefined, configFileName: string): NodeWork | undefined {
  const parsed = nodeWorkSchema.safeParse({ target, workDir, configFileName });
  return parsed.success ? parsed.data : undefined;
}
