import { z } from 'zod';
import { defaultNodeConfig, extraFieldSchema, nodeConfigSchema } from '../node-config/node-config-schema.js';

/**
 * The saved plan keeps what the operator typed, as typed: a half-finished or invalid value survives a
 * restart so nothing is lost. Validation happens in the domain modules, not here.
 */
const text = z.string().max(4096);

export const ipPlanDraftSchema = z.strictObject({
  nodes: text,
  podsPerNode: text,
  clusterCidr: text,
  serviceCidr: text,
  dnsIp: text,
  nodeMask: text,
  existingNetworks: z.array(text).max(256),
});
export type IpPlanDraft = z.infer<typeof ipPlanDraftSchema>;

/** How to reach the control plane. Passwords and passphrases are never part of the saved plan. */
export const controlPlaneDraftSchema = z.strictObject({
  host: text,
  port: text,
  username: text,
  // Defaults let a plan saved before these fields existed load unchanged.
  authType: z.enum(['key', 'agent', 'password']).default('key'),
  privateKeyPath: text.default(''),
});
export type ControlPlaneDraft = z.infer<typeof controlPlaneDraftSchema>;

/**
 * The node's Kubeclustervxlan.json as the operator edits it, plus fields of an imported file the model does
 * not know (exported back in place). Token and CA hash are NOT kept here: they live in `secrets`, sealed on
 * disk, and are merged in only for validation and export.
 */
export const nodeConfigDraftSchema = z.strictObject({
  config: nodeConfigSchema,
  extras: z.array(extraFieldSchema).max(1024),
  /** The node's Windows build (e.g. 17763.379), to check image tags and KB4489899; empty when unknown. */
  windowsBuild: text,
});
export type NodeConfigDraft = z.infer<typeof nodeConfigDraftSchema>;

export function defaultNodeConfigDraft(): NodeConfigDraft {
  return { config: defaultNodeConfig('vxlan'), extras: [], windowsBuild: '' };
}

/** Plans saved before the full model existed held four loose fields; they start from the defaults. */
const legacyNodeConfigDraftSchema = z
  .strictObject({ kubernetesRelease: text, interfaceName: text, pluginName: z.enum(['vxlan', 'bridge']), installDestination: text })
  .transform(() => defaultNodeConfigDraft());

export const wizardStepIds = ['ipPlan', 'flannel', 'nodeConfig', 'install'] as const;
export const wizardStepIdSchema = z.enum(wizardStepIds);
export type WizardStepId = z.infer<typeof wizardStepIdSchema>;

/** The operator's kube-flannel.yml as given (the patched result is derived from it, never stored). */
export const flannelDraftSchema = z.strictObject({
  manifestName: text,
  manifest: z.string().max(2 * 1024 * 1024),
});
export type FlannelDraft = z.infer<typeof flannelDraftSchema>;

/**
 * Secrets the plan needs (fetched from the control plane). They travel in clear only between the wizard and
 * the main side; the plan file holds them sealed (see electron/services/secrets).
 */
export const planSecretsSchema = z.strictObject({
  kubeadmToken: text.default(''),
  kubeadmCaHash: text.default(''),
});
export type PlanSecrets = z.infer<typeof planSecretsSchema>;

/** A Windows node the wizard reaches over SSH (Windows OpenSSH); its password, if any, is never saved. */
export const windowsNodeDraftSchema = z.strictObject({
  name: text,
  host: text,
  port: text,
  username: text,
  authType: z.enum(['key', 'agent', 'password']),
  privateKeyPath: text,
});
export type WindowsNodeDraft = z.infer<typeof windowsNodeDraftSchema>;

/**
 * Where install, join and reset run: this machine, or the listed nodes over SSH (several at once, up to
 * `concurrency`), and where KubeCluster.ps1 comes from on the node.
 */
export const nodeTargetsDraftSchema = z.strictObject({
  mode: z.enum(['local', 'remote']),
  /** The folder on the node for KubeCluster.ps1 and the config file (C:\k in the guide). */
  workDir: text,
  source: z.enum(['download', 'archive', 'folder']),
  /** The pinned sig-windows-tools archive already on the node, for the `archive` source. */
  archivePath: text,
  nodes: z.array(windowsNodeDraftSchema).max(64),
  concurrency: text,
});
export type NodeTargetsDraft = z.infer<typeof nodeTargetsDraftSchema>;

export function defaultNodeTargets(): NodeTargetsDraft {
  return { mode: 'local', workDir: 'C:\\k', source: 'download', archivePath: '', nodes: [], concurrency: '3' };
}

/**
 * How the Windows node joins: the seeds' KubeCluster.ps1 (Docker; clusters up to 1.23) or containerd + PrepareNode.ps1
 * + kubeadm join (1.23 and later), with the versions the modern method installs. Detected from the cluster where
 * the control-plane connection allows; the operator's choice is what the plan records.
 */
export const joinMethodDraftSchema = z.strictObject({
  method: z.enum(['kubecluster', 'kubeadm']),
  /** The cluster's version as detected or typed (v1.29.6); PrepareNode.ps1 installs the same kubelet. */
  kubernetesVersion: text,
  containerdVersion: text,
  /** Where the detection came from and when, shown next to the choice. */
  detectedFrom: text,
});
export type JoinMethodDraft = z.infer<typeof joinMethodDraftSchema>;

export function defaultJoinMethod(): JoinMethodDraft {
  return { method: 'kubecluster', kubernetesVersion: '', containerdVersion: '1.7.1', detectedFrom: '' };
}

export const planSchema = z.strictObject({
  version: z.literal(1),
  name: text,
  activeStep: wizardStepIdSchema,
  ipPlan: ipPlanDraftSchema,
  controlPlane: controlPlaneDraftSchema,
  flannel: flannelDraftSchema.default({ manifestName: '', manifest: '' }),
  secrets: planSecretsSchema.default({ kubeadmToken: '', kubeadmCaHash: '' }),
  nodeConfig: z.union([nodeConfigDraftSchema, legacyNodeConfigDraftSchema]),
  nodeTargets: nodeTargetsDraftSchema.default(defaultNodeTargets),
  joinMethod: joinMethodDraftSchema.default(defaultJoinMethod),
});
export type Plan = z.infer<typeof planSchema>;

/** The seeds' defaults: the guide's /12 service range, /16 pod range with a /24 per node, and kube-dns at .10. */
export function defaultPlan(): Plan {
  return {
    version: 1,
    name: 'My cluster',
    activeStep: 'ipPlan',
    ipPlan: {
      nodes: '3',
      podsPerNode: '100',
      clusterCidr: '10.244.0.0/16',
      serviceCidr: '10.96.0.0/12',
      dnsIp: '10.96.0.10',
      nodeMask: '24',
      existingNetworks: [],
    },
    controlPlane: { host: '', port: '22', username: 'root', authType: 'key', privateKeyPath: '' },
    flannel: { manifestName: '', manifest: '' },
    secrets: { kubeadmToken: '', kubeadmCaHash: '' },
    nodeConfig: defaultNodeConfigDraft(),
    nodeTargets: defaultNodeTargets(),
    joinMethod: defaultJoinMethod(),
  };
}
