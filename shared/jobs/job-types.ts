import { z } from 'zod';
import { preflightReportSchema } from '../preflight/preflight-types.js';
import { sshProfileSchema } from '../ssh/ssh-profile-schema.js';
import { kubeadmSourceSchema, nodePathSchema, nodeWorkSchema, windowsTargetSchema } from '../windows-node/windows-target.js';

/** Every state a job can be in; `interrupted` marks a job whose host process died while it ran. */
export const jobStates = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

export const finishedJobStates: readonly JobState[] = ['succeeded', 'failed', 'cancelled', 'interrupted'];

export function isFinished(state: JobState): boolean {
  return finishedJobStates.includes(state);
}

export const jobStepSchema = z.object({
  name: z.string(),
  state: z.enum(['pending', 'running', 'succeeded', 'failed', 'skipped']),
});
export type JobStep = z.infer<typeof jobStepSchema>;

export const jobSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  state: jobStateSchema,
  steps: z.array(jobStepSchema),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** Why the job failed, was cancelled or was interrupted, in words an operator can act on. */
  message: z.string().optional(),
  logLines: z.number().int(),
  logFile: z.string(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const logStreamSchema = z.enum(['stdout', 'stderr', 'info']);
export type LogStream = z.infer<typeof logStreamSchema>;

export const logLineSchema = z.object({
  /** 1-based position in the job's log, so a viewer can detect gaps and order batches. */
  seq: z.number().int(),
  stream: logStreamSchema,
  text: z.string(),
  time: z.string(),
  /** The job step that was running when the line was logged, so the viewer can filter by step. */
  step: z.string().optional(),
});
export type LogLine = z.infer<typeof logLineSchema>;

/** The node's Kubeclustervxlan.json as the wizard exports it; the job validates it again before using it. */
const nodeConfigTextSchema = z.string().min(2).max(256 * 1024);

/** How many remote nodes may run install/join/reset at once (the rest wait `queued`); 3 when not given. */
const remoteConcurrencySchema = z.number().int().min(1).max(8).optional();

/** One authorized_keys line: a key type, base64, and an optional comment; nothing else (no options, no newline). */
export const sshPublicKeySchema = z
  .string()
  .trim()
  .max(16 * 1024)
  .regex(/^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)) [A-Za-z0-9+/]+={0,3}(?: [^\r\n]*)?$/, 'Not an SSH public key line (ssh-rsa AAAA… comment).')
  .refine((line) => !line.includes('\0'), 'An SSH public key line has no NUL character.');

/** A Kubernetes or containerd version as the scripts take it: 1.29.6 or v1.29.6. */
const versionSchema = z.string().trim().regex(/^v?\d+\.\d+\.\d+$/, 'A version such as v1.29.6.');
const joinTokenSchema = z.string().trim().regex(/^[a-z0-9]{6}\.[a-z0-9]{16}$/, 'A bootstrap token such as abcdef.0123456789abcdef.');
const caHashSchema = z.string().trim().regex(/^sha256:[a-f0-9]{64}$/, 'sha256: followed by 64 hex digits.');
/** The modern method's node: no config file, only the folder for the pinned scripts. */
const modernNodeWorkSchema = z.strictObject({ target: windowsTargetSchema, workDir: nodePathSchema });

/** What `jobs.start` accepts: one variant per job kind, each with its own parameters. */
export const jobRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('localMachineCheck') }),
  z.strictObject({
    kind: z.literal('configureControlPlane'),
    connection: sshProfileSchema,
    /** The validated IP plan's ranges; the job compares them with the cluster before changing anything. */
    plan: z.strictObject({ clusterCidr: z.string().max(64), serviceCidr: z.string().max(64), dnsIp: z.string().max(64) }),
    /** The operator's kube-flannel.yml as given; the job patches it itself, the same way the step previews it. */
    manifest: z.string().min(1).max(2 * 1024 * 1024),
    verifyTimeoutSeconds: z.number().int().min(5).max(3600).optional(),
  }),
  /** `kubeadm token create --print-join-command` on the control plane: a fresh token and the CA hash. */
  z.strictObject({ kind: z.literal('fetchJoinCredentials'), connection: sshProfileSchema }),
  /** After join: `kubectl get nodes -o json` over SSH until the node is Ready, with a visible deadline. */
  z.strictObject({
    kind: z.literal('verifyNode'),
    connection: sshProfileSchema,
    nodeName: z.string().trim().min(1).max(253),
    timeoutSeconds: z.number().int().min(5).max(3600).optional(),
  }),
  /** Read-only checks of a Windows node (and of the control plane, when given) before install or join. */
  z.strictObject({
    kind: z.literal('preflight'),
    node: nodeWorkSchema,
    configText: nodeConfigTextSchema,
    controlPlane: sshProfileSchema.optional(),
    /** The modern method adds containerd, the kubelet service and port 10250, and needs no SSH key on the node. */
    method: z.enum(['kubecluster', 'kubeadm']).optional(),
  }),
  /** Prepares the kubeadm folder, writes the config file and runs `KubeCluster.ps1 -install` (which may reboot). */
  z.strictObject({ kind: z.literal('nodeInstall'), node: nodeWorkSchema, source: kubeadmSourceSchema, configText: nodeConfigTextSchema, concurrency: remoteConcurrencySchema }),
  /** Writes the config file and runs `KubeCluster.ps1 -join` in a fresh PowerShell; each try is its own job. */
  z.strictObject({ kind: z.literal('nodeJoin'), node: nodeWorkSchema, configText: nodeConfigTextSchema, concurrency: remoteConcurrencySchema }),
  /** `KubeCluster.ps1 -reset`: only with the operator's explicit confirmation of what it deletes. */
  z.strictObject({ kind: z.literal('nodeReset'), node: nodeWorkSchema, configText: nodeConfigTextSchema, confirmed: z.literal(true), concurrency: remoteConcurrencySchema }),
  /** Reads the cluster's version, flannel's version and the API server endpoint, to offer the join method. */
  z.strictObject({ kind: z.literal('detectCluster'), connection: sshProfileSchema }),
  /** Modern method, control plane: the HostProcess flannel and kube-proxy DaemonSets for Windows nodes. */
  z.strictObject({
    kind: z.literal('deployWindowsDaemonSets'),
    connection: sshProfileSchema,
    serviceCidr: z.string().max(64),
    /** sig-windows-tools' hostprocess manifests as the operator downloaded them; the job substitutes the values. */
    manifests: z.strictObject({
      rbac: z.string().min(1).max(512 * 1024),
      flannelOverlay: z.string().min(1).max(512 * 1024),
      kubeProxy: z.string().min(1).max(512 * 1024),
    }),
    verifyTimeoutSeconds: z.number().int().min(5).max(3600).optional(),
  }),
  /** Modern method, node: the pinned Install-Containerd.ps1 (may restart the node) then PrepareNode.ps1. */
  z.strictObject({
    kind: z.literal('modernNodeInstall'),
    node: modernNodeWorkSchema,
    source: z.enum(['download', 'folder']),
    containerdVersion: versionSchema,
    kubernetesVersion: versionSchema,
    concurrency: remoteConcurrencySchema,
  }),
  /** Modern method, node: `kubeadm join` with the fetched token and CA hash (a CRI socket below 1.25). */
  z.strictObject({
    kind: z.literal('modernNodeJoin'),
    node: modernNodeWorkSchema,
    apiServer: z.string().trim().max(300).regex(/^[A-Za-z0-9.:[\]-]+:\d{1,5}$/, 'host:port of the API server, such as 10.0.0.4:6443.'),
    token: joinTokenSchema,
    caHash: caHashSchema,
    kubernetesVersion: versionSchema,
    concurrency: remoteConcurrencySchema,
  }),
  /** Modern method, node: kubeadm reset, the kubelet service, CNI config and HNS networks; the node deleted over SSH. */
  z.strictObject({
    kind: z.literal('modernNodeReset'),
    node: modernNodeWorkSchema,
    confirmed: z.literal(true),
    nodeName: z.string().trim().max(253).regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'The node name as kubectl shows it.').optional(),
    controlPlane: sshProfileSchema.optional(),
    concurrency: remoteConcurrencySchema,
  }),
  /** Appends the node's SSH public key to the control-plane user's authorized_keys (the operator consented). */
  z.strictObject({ kind: z.literal('authorizeNodeKey'), connection: sshProfileSchema, publicKey: sshPublicKeySchema }),
]);

/**
 * What a finished job hands back to the one who asked, by `jobs.result`. Kept in memory only: it may hold
 * secrets, so it is never part of a job's summary, its events or its files.
 */
export const jobResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fetchJoinCredentials'), apiServer: z.string(), ipAddress: z.string(), token: z.string(), caHash: z.string() }),
  z.object({ kind: z.literal('preflight'), report: preflightReportSchema }),
  z.object({
    kind: z.literal('detectCluster'),
    kubernetesVersion: z.string(),
    flannelVersion: z.string().optional(),
    apiServerHost: z.string().optional(),
    apiServerPort: z.number().int().optional(),
    nodes: z.array(z.object({ name: z.string(), os: z.string(), kubeletVersion: z.string() })),
  }),
]);
export type JobResult = z.infer<typeof jobResultSchema>;
export type JobRequest = z.infer<typeof jobRequestSchema>;
export type JobKind = JobRequest['kind'];
