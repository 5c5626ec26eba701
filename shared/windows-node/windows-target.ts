import { z } from 'zod';
import { sshProfileSchema } from '../ssh/ssh-profile-schema.js';

/**
 * Where install, join, reset and preflight run: this machine (the app itself runs elevated PowerShell), or a
 * Windows node reached over SSH (Windows OpenSSH, whose default shell may be cmd.exe or PowerShell).
 */
export const windowsTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('local') }),
  z.strictObject({
    type: z.literal('ssh'),
    /** The operator's name for the node, shown in the summary table and the job titles. */
    name: z.string().trim().min(1).max(253),
    connection: sshProfileSchema,
  }),
]);
export type WindowsTarget = z.infer<typeof windowsTargetSchema>;

/** One key per machine: two jobs that change the same node must not run at once, and progress is kept per node. */
export function windowsTargetKey(target: WindowsTarget): string {
  return target.type === 'local' ? 'local' : `ssh:${target.connection.username}@${target.connection.host.toLowerCase()}:${target.connection.port}`;
}

export function windowsTargetLabel(target: WindowsTarget): string {
  return target.type === 'local' ? 'this machine' : `${target.name} (${target.connection.host})`;
}

/** The folder on the node that holds KubeCluster.ps1, its helper module and the generated config file. */
export const DEFAULT_NODE_WORK_DIR = 'C:\\k';
export const DEFAULT_CONFIG_FILE_NAME = 'Kubeclustervxlan.json';

/** A Windows path (absolute, drive letter) or, for test nodes, a POSIX one: no control characters, no NUL. */
export const nodePathSchema = z
  .string()
  .trim()
  .min(1, 'Enter a folder on the node.')
  .max(240)
  .regex(/^(?:[A-Za-z]:[\\/]|\/)[^"<>|?*]*$/, 'Use an absolute folder such as C:\\k, without quotes or wildcards.')
  .refine((path) => ![...path].some((char) => char.charCodeAt(0) < 32), 'A folder name has no control characters (tabs, line breaks).');

export const configFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/, 'A file name such as Kubeclustervxlan.json: letters, digits, dots, dashes; ending in .json.');

/**
 * Where KubeCluster.ps1 comes from: the pinned sig-windows-tools archive (downloaded on the node), the same
 * archive already copied to the node, or a folder that already holds the script (used as it is).
 */
export const kubeadmSourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('download') }),
  z.strictObject({ type: z.literal('archive'), archivePath: nodePathSchema }),
  z.strictObject({ type: z.literal('folder') }),
]);
export type KubeadmSource = z.infer<typeof kubeadmSourceSchema>;

/** What every job on a Windows node needs to know about the node's files. */
export const nodeWorkSchema = z.strictObject({
  target: windowsTargetSchema,
  /** Holds KubeCluster.ps1 (prepared there, or already there for the `folder` source). */
  workDir: nodePathSchema,
  configFileName: configFileNameSchema,
});
export type NodeWork = z.infer<typeof nodeWorkSchema>;
