import { z } from 'zod';

/** Every check the preflight job runs, in the order the operator reads them. Ids are stable: tests and the UI key on them. */
export const preflightCheckIds = [
  'administrator',
  'windows-build',
  'kb4489899',
  'containers-feature',
  'network-adapters',
  'interface',
  'control-plane-api',
  'control-plane-ssh',
  'vxlan-firewall',
  'virtual-machine',
  'bootstrap-token',
  'ssh-key-authorized',
] as const;
/** Checks only the modern method (containerd + kubeadm join) runs, after the common ones. */
export const modernPreflightCheckIds = ['containerd', 'kubelet-service', 'kubelet-port'] as const;
export const preflightCheckIdSchema = z.enum([...preflightCheckIds, ...modernPreflightCheckIds]);
/** The checks every preflight runs (the modern method adds `modernPreflightCheckIds`). */
export type PreflightCheckId = (typeof preflightCheckIds)[number];
export type ModernPreflightCheckId = (typeof modernPreflightCheckIds)[number];

export const preflightStatusSchema = z.enum(['pass', 'warn', 'fail', 'skip']);
export type PreflightStatus = z.infer<typeof preflightStatusSchema>;

/** A button next to a check that fixes it from the app, with the operator's consent. */
export const preflightActionSchema = z.enum(['refresh-token', 'authorize-ssh-key']);
export type PreflightAction = z.infer<typeof preflightActionSchema>;

export const networkAdapterSchema = z.object({
  name: z.string(),
  description: z.string(),
  ifIndex: z.number().int(),
  status: z.string(),
  macAddress: z.string(),
});
export type NetworkAdapter = z.infer<typeof networkAdapterSchema>;

export const preflightCheckSchema = z.object({
  id: preflightCheckIdSchema,
  title: z.string(),
  status: preflightStatusSchema,
  /** What was found, e.g. "Windows Server 2019, build 17763.379". */
  detail: z.string(),
  /** What to do about a warn or fail, as exact as possible (a command to run, a setting to change). */
  fix: z.string().optional(),
  action: preflightActionSchema.optional(),
});
export type PreflightCheck = z.infer<typeof preflightCheckSchema>;

export const preflightReportSchema = z.object({
  checks: z.array(preflightCheckSchema),
  /** The node's adapters, so the operator picks Cni.InterfaceName instead of assuming "Ethernet". */
  adapters: z.array(networkAdapterSchema),
  /** The node's SSH public key (id_rsa.pub), when it has one: the authorize action appends it on the control plane. */
  nodePublicKey: z.string().optional(),
});
export type PreflightReport = z.infer<typeof preflightReportSchema>;
