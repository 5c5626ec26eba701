import { WINDOWS_CNI_NETWORK_NAME, WINDOWS_VXLAN_PORT, WINDOWS_VXLAN_VNI, validateFlannelOptions } from '../../../shared/flannel/flannel-settings.js';
import { effectiveNodeConfig } from '../steps/node-config/config-model.js';
import { validateIpPlan } from '../../../shared/ip-plan/validate-ip-plan.js';
import { exportFileNames, pluginOf } from '../../../shared/node-config/node-config-schema.js';
import type { Plan } from '../../../shared/plan/plan-schema.js';
import { joinMethodNames, joinMethodOf } from '../steps/join-method/join-method-model.js';
import { nodeTargetsOf } from '../steps/install/node-targets-model.js';

/**
 * The plan as one printable page for a change request. Built from the plan alone, and never from the session's
 * password or passphrase: the token and CA hash appear only as whether they are there, so nothing secret can
 * reach the page, the printer or a PDF.
 */
export interface SummaryRow {
  label: string;
  value: string;
  /** Addresses, versions and paths, shown in a fixed-width font. */
  mono?: boolean;
}

export interface SummarySection {
  id: 'ipPlan' | 'flannel' | 'controlPlane' | 'nodeConfig' | 'joinMethod' | 'windowsNodes';
  title: string;
  rows: SummaryRow[];
}

export interface SummaryVerdict {
  ok: boolean;
  headline: string;
  /** Each error in the calculator's words, then the warnings. */
  issues: string[];
}

export interface SummaryNode {
  name: string;
  host: string;
  port: string;
  username: string;
  signIn: string;
}

export interface PlanSummary {
  planName: string;
  printedOn: string;
  verdict: SummaryVerdict;
  sections: SummarySection[];
  /** The remote Windows nodes (empty when install runs on this machine). */
  nodes: SummaryNode[];
}

export const secretShown = { present: 'fetched, not shown', absent: 'not fetched' } as const;

const notSet = '—';
const text = (value: string) => value.trim() || notSet;
const count = (value: number | null) => (value === null ? notSet : value.toLocaleString('en-US'));
const signIns = { key: 'private key file', agent: 'SSH agent', password: 'password (never saved)' } as const;
const scriptSources = { download: 'downloaded at the pinned commit', archive: 'archive already on the node', folder: 'already in the work folder' } as const;

/** 2026-11-24 09:05, in the operator's own time zone: the date a reviewer reads on the page. */
export function formatPrintedOn(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function ipPlanSection(plan: Plan): { section: SummarySection; verdict: SummaryVerdict } {
  const draft = plan.ipPlan;
  const report = validateIpPlan(draft);
  const existing = draft.existingNetworks.map((network) => network.trim()).filter((network) => network !== '');
  const errors = report.errors.length;
  const verdict: SummaryVerdict = {
    ok: report.ok,
    headline: report.ok ? 'Plan is valid: every rule of the subnet calculator passes.' : `Plan has ${errors} error${errors === 1 ? '' : 's'}.`,
    issues: [...report.errors, ...report.warnings].map((issue) => issue.message),
  };
  const headroom = report.headroom === null ? notSet : `${report.headroom > 0 ? '+' : ''}${count(report.headroom)} nodes`;
  const rows: SummaryRow[] = [
    { label: 'Nodes (Linux + Windows)', value: text(draft.nodes) },
    { label: 'Max pods per node', value: text(draft.podsPerNode) },
    { label: 'Node subnet', value: draft.nodeMask.trim() ? `/${draft.nodeMask.trim()}` : notSet, mono: true },
    { label: 'Cluster (pod) CIDR', value: text(draft.clusterCidr), mono: true },
    { label: 'Service CIDR', value: text(draft.serviceCidr), mono: true },
    { label: 'kube-dns service IP', value: text(draft.dnsIp), mono: true },
    { label: 'Existing networks', value: existing.length > 0 ? existing.join(', ') : 'none listed', mono: existing.length > 0 },
    { label: 'Minimum addresses', value: count(report.minimumAddresses) },
    { label: 'In the cluster CIDR', value: count(report.clusterAddresses) },
    { label: 'Nodes it can hold', value: count(report.maxNodes) },
    { label: 'Headroom', value: headroom },
  ];
  return { section: { id: 'ipPlan', title: 'IP plan', rows }, verdict };
}

function flannelSection(plan: Plan): SummarySection {
  const checked = validateFlannelOptions({ clusterCidr: plan.ipPlan.clusterCidr });
  const manifest = plan.flannel.manifest.trim() === '' ? 'not given yet' : plan.flannel.manifestName.trim() || 'pasted';
  return {
    id: 'flannel',
    title: 'Flannel',
    rows: [
      { label: 'Backend', value: 'VXLAN' },
      { label: 'VNI', value: String(WINDOWS_VXLAN_VNI), mono: true },
      { label: 'UDP port', value: String(WINDOWS_VXLAN_PORT), mono: true },
      { label: 'Network name', value: WINDOWS_CNI_NETWORK_NAME, mono: true },
      { label: 'Network', value: checked.ok ? checked.settings.network : `${text(plan.ipPlan.clusterCidr)} (not valid yet)`, mono: true },
      { label: 'Manifest', value: manifest },
    ],
  };
}

function controlPlaneSection(plan: Plan): SummarySection {
  const { host, port, username, authType } = plan.controlPlane;
  return {
    id: 'controlPlane',
    title: 'Control plane',
    rows: [
      { label: 'Host', value: text(host), mono: true },
      { label: 'SSH port', value: text(port), mono: true },
      { label: 'User', value: text(username), mono: true },
      { label: 'Sign-in', value: signIns[authType] },
    ],
  };
}

function nodeConfigSection(plan: Plan): SummarySection {
  // The file as it will be exported (the IP plan's ranges, the SSH user filled in), never with the secrets merged:
  // the summary only says whether they were fetched.
  const noSecrets = { kubeadmToken: '', kubeadmCaHash: '' };
  const config = effectiveNodeConfig({ draft: plan.nodeConfig, secrets: noSecrets, ipPlan: plan.ipPlan, sshUsername: plan.controlPlane.username });
  const { ControlPlane, Network, Source, KubeProxy } = config.Kubernetes;
  const plugin = pluginOf(config);
  // The config's own token fields count too: an imported file may carry them until the step moves them.
  const drafted = plan.nodeConfig.config.Kubernetes.ControlPlane;
  const token = plan.secrets.kubeadmToken.trim() !== '' || drafted.KubeadmToken.trim() !== '';
  const caHash = plan.secrets.kubeadmCaHash.trim() !== '' || drafted.KubeadmCAHash.trim() !== '';
  return {
    id: 'nodeConfig',
    title: `Node config (${plugin ? exportFileNames[plugin] : 'Kubeclustervxlan.json'})`,
    rows: [
      { label: 'Cri', value: text(config.Cri.Name), mono: true },
      { label: 'Cni', value: `${text(config.Cni.Name)}, plugin ${text(config.Cni.Plugin.Name)}`, mono: true },
      { label: 'Interface', value: text(config.Cni.InterfaceName), mono: true },
      { label: 'Kubernetes', value: text(Source.Release), mono: true },
      { label: 'Control-plane IP', value: text(ControlPlane.IpAddress), mono: true },
      { label: 'Control-plane user', value: text(ControlPlane.Username), mono: true },
      { label: 'Kubeadm token', value: token ? secretShown.present : secretShown.absent },
      { label: 'CA cert hash', value: caHash ? secretShown.present : secretShown.absent },
      { label: 'Service / cluster', value: `${text(Network.ServiceCidr)} / ${text(Network.ClusterCidr)}`, mono: true },
      { label: 'Kube-proxy gates', value: text(KubeProxy.Gates), mono: true },
      { label: 'Install', value: text(config.Install.Destination), mono: true },
      { label: 'Windows build', value: plan.nodeConfig.windowsBuild.trim() || 'not given', mono: plan.nodeConfig.windowsBuild.trim() !== '' },
    ],
  };
}

function joinMethodSection(plan: Plan): SummarySection {
  const join = joinMethodOf(plan);
  const rows: SummaryRow[] = [{ label: 'Method', value: joinMethodNames[join.method] }];
  rows.push({ label: 'Kubernetes', value: join.kubernetesVersion.trim() || 'not detected', mono: join.kubernetesVersion.trim() !== '' });
  if (join.method === 'kubeadm') rows.push({ label: 'containerd', value: text(join.containerdVersion), mono: true });
  if (join.detectedFrom.trim()) rows.push({ label: 'Detected from', value: join.detectedFrom.trim() });
  return { id: 'joinMethod', title: 'Join method', rows };
}

function windowsNodesSection(plan: Plan): { section: SummarySection; nodes: SummaryNode[] } {
  const targets = nodeTargetsOf(plan);
  const remote = targets.mode === 'remote';
  const nodes = remote
    ? targets.nodes.map((node) => ({ name: text(node.name), host: text(node.host), port: text(node.port), username: text(node.username), signIn: signIns[node.authType] }))
    : [];
  const rows: SummaryRow[] = [
    { label: 'Runs on', value: remote ? `${nodes.length} remote node${nodes.length === 1 ? '' : 's'} over SSH, ${text(targets.concurrency)} at a time` : 'this machine' },
    { label: 'Work folder', value: text(targets.workDir), mono: true },
    { label: 'Scripts', value: scriptSources[targets.source] },
  ];
  return { section: { id: 'windowsNodes', title: 'Windows nodes', rows }, nodes };
}

export function summarizePlan(plan: Plan, printedAt: Date): PlanSummary {
  const ipPlan = ipPlanSection(plan);
  const windows = windowsNodesSection(plan);
  return {
    planName: plan.name.trim(),
    printedOn: formatPrintedOn(printedAt),
    verdict: ipPlan.verdict,
    sections: [ipPlan.section, flannelSection(plan), controlPlaneSection(plan), nodeConfigSection(plan), joinMethodSection(plan), windows.section],
    nodes: windows.nodes,
  };
}
