import { describe, expect, it } from 'vitest';
import { validateIpPlan } from '../../../shared/ip-plan/validate-ip-plan.js';
import { defaultPlan, type Plan } from '../../../shared/plan/plan-schema.js';
import { formatPrintedOn, secretShown, summarizePlan, type PlanSummary } from './plan-summary.js';

const token = 'k3x9qa.0123456789abcdef';
const caHash = `sha256:${'9f'.repeat(32)}`;
const printedAt = new Date(2026, 10, 24, 9, 5);

function valueOf(summary: PlanSummary, sectionId: string, label: string): string | undefined {
  return summary.sections.find((section) => section.id === sectionId)?.rows.find((row) => row.label === label)?.value;
}

function planWith(change: (plan: Plan) => Plan): Plan {
  return change(defaultPlan());
}

describe('summarizePlan', () => {
  it('shows the IP plan as typed with the calculator’s numbers and verdict', () => {
    const plan = planWith((p) => ({ ...p, name: 'Prod cluster', ipPlan: { ...p.ipPlan, nodes: '5', clusterCidr: '10.200.0.0/16' } }));
    const summary = summarizePlan(plan, printedAt);
    const report = validateIpPlan(plan.ipPlan);
    expect(summary.planName).toBe('Prod cluster');
    expect(summary.printedOn).toBe('2026-11-24 09:05');
    expect(valueOf(summary, 'ipPlan', 'Cluster (pod) CIDR')).toBe('10.200.0.0/16');
    expect(valueOf(summary, 'ipPlan', 'Service CIDR')).toBe('10.96.0.0/12');
    expect(valueOf(summary, 'ipPlan', 'kube-dns service IP')).toBe('10.96.0.10');
    expect(valueOf(summary, 'ipPlan', 'Nodes (Linux + Windows)')).toBe('5');
    expect(valueOf(summary, 'ipPlan', 'Minimum addresses')).toBe(report.minimumAddresses?.toLocaleString('en-US'));
    expect(valueOf(summary, 'ipPlan', 'Nodes it can hold')).toBe(report.maxNodes?.toLocaleString('en-US'));
    expect(valueOf(summary, 'ipPlan', 'Headroom')).toBe(`+${report.headroom} nodes`);
    expect(summary.verdict).toEqual({ ok: true, headline: expect.stringContaining('Plan is valid') as string, issues: [] });
  });

  it('carries every error of an invalid plan in the calculator’s own words', () => {
    const plan = planWith((p) => ({ ...p, ipPlan: { ...p.ipPlan, nodes: '300', clusterCidr: '10.244.0.0/24', dnsIp: '10.97.0.10' } }));
    const summary = summarizePlan(plan, printedAt);
    const report = validateIpPlan(plan.ipPlan);
    expect(report.errors.length).toBeGreaterThan(1);
    expect(summary.verdict.ok).toBe(false);
    expect(summary.verdict.headline).toBe(`Plan has ${report.errors.length} errors.`);
    expect(summary.verdict.issues).toEqual([...report.errors, ...report.warnings].map((issue) => issue.message));
    expect(valueOf(summary, 'ipPlan', 'Headroom')).toMatch(/^-\d/);
  });

  it('shows flannel’s fixed Windows settings and the normalised network, or says the CIDR is not valid yet', () => {
    const valid = summarizePlan(defaultPlan(), printedAt);
    expect(['VNI', 'UDP port', 'Network name', 'Network'].map((label) => valueOf(valid, 'flannel', label))).toEqual(['4096', '4789', 'vxlan0', '10.244.0.0/16']);
    const broken = summarizePlan(planWith((p) => ({ ...p, ipPlan: { ...p.ipPlan, clusterCidr: '10.244.1.0/16' } })), printedAt);
    expect(valueOf(broken, 'flannel', 'Network')).toBe('10.244.1.0/16 (not valid yet)');
  });

  it('says only whether the token and CA hash are there, never their values', () => {
    const without = summarizePlan(defaultPlan(), printedAt);
    expect([valueOf(without, 'nodeConfig', 'Kubeadm token'), valueOf(without, 'nodeConfig', 'CA cert hash')]).toEqual([secretShown.absent, secretShown.absent]);
    const plan = planWith((p) => ({ ...p, secrets: { kubeadmToken: token, kubeadmCaHash: caHash } }));
    const withSecrets = summarizePlan(plan, printedAt);
    expect([valueOf(withSecrets, 'nodeConfig', 'Kubeadm token'), valueOf(withSecrets, 'nodeConfig', 'CA cert hash')]).toEqual([secretShown.present, secretShown.present]);
    const everything = JSON.stringify(withSecrets);
    for (const secret of [token, token.split('.')[1]!, caHash, '9f'.repeat(32)]) expect(everything).not.toContain(secret);
  });

  it('counts a token still inside an imported config as present, without showing it', () => {
    const plan = planWith((p) => {
      const config = structuredClone(p.nodeConfig.config);
      config.Kubernetes.ControlPlane.KubeadmToken = token;
      return { ...p, nodeConfig: { ...p.nodeConfig, config } };
    });
    const summary = summarizePlan(plan, printedAt);
    expect(valueOf(summary, 'nodeConfig', 'Kubeadm token')).toBe(secretShown.present);
    expect(JSON.stringify(summary)).not.toContain(token);
  });

  it('names the control plane’s host, port, user and how it signs in, nothing more', () => {
    const plan = planWith((p) => ({ ...p, controlPlane: { host: '10.0.0.5', port: '2222', username: 'kubeadmin', authType: 'password', privateKeyPath: '/home/op/.ssh/id_ed25519' } }));
    const section = summarizePlan(plan, printedAt).sections.find((s) => s.id === 'controlPlane')!;
    expect(section.rows).toEqual([
      { label: 'Host', value: '10.0.0.5', mono: true },
      { label: 'SSH port', value: '2222', mono: true },
      { label: 'User', value: 'kubeadmin', mono: true },
      { label: 'Sign-in', value: 'password (never saved)' },
    ]);
  });

  it('lists the node config’s key fields under the file name the export writes', () => {
    const summary = summarizePlan(defaultPlan(), printedAt);
    const section = summary.sections.find((s) => s.id === 'nodeConfig')!;
    expect(section.title).toBe('Node config (Kubeclustervxlan.json)');
    expect(valueOf(summary, 'nodeConfig', 'Cri')).toBe('dockerd');
    expect(valueOf(summary, 'nodeConfig', 'Cni')).toBe('flannel, plugin vxlan');
    expect(valueOf(summary, 'nodeConfig', 'Kubernetes')).toBe('1.15.0');
    expect(valueOf(summary, 'nodeConfig', 'Install')).toBe('C:\\ProgramData\\Kubernetes');
    expect(valueOf(summary, 'nodeConfig', 'Control-plane IP')).toBe('—');
  });

  it('shows the file as it will be exported: the IP plan’s ranges, not stale values of the draft', () => {
    const plan = planWith((p) => ({ ...p, ipPlan: { ...p.ipPlan, clusterCidr: '10.200.0.0/16', serviceCidr: '10.112.0.0/12' } }));
    expect(plan.nodeConfig.config.Kubernetes.Network.ClusterCidr).not.toBe('10.200.0.0/16');
    const summary = summarizePlan(plan, printedAt);
    expect(valueOf(summary, 'nodeConfig', 'Service / cluster')).toBe('10.112.0.0/12 / 10.200.0.0/16');
  });

  it('shows the join method with its versions, and the remote Windows nodes', () => {
    const plan = planWith((p) => ({
      ...p,
      joinMethod: { method: 'kubeadm', kubernetesVersion: 'v1.29.6', containerdVersion: '1.7.1', detectedFrom: 'kubectl version' },
      nodeTargets: {
        ...p.nodeTargets,
        mode: 'remote',
        concurrency: '2',
        nodes: [
          { name: 'win-a', host: '10.0.0.21', port: '22', username: 'Administrator', authType: 'key', privateKeyPath: 'C:\\keys\\a' },
          { name: 'win-b', host: '10.0.0.22', port: '22', username: 'Administrator', authType: 'password', privateKeyPath: '' },
        ],
      },
    }));
    const summary = summarizePlan(plan, printedAt);
    expect(valueOf(summary, 'joinMethod', 'Method')).toBe('containerd + kubeadm');
    expect(valueOf(summary, 'joinMethod', 'containerd')).toBe('1.7.1');
    expect(valueOf(summary, 'windowsNodes', 'Runs on')).toBe('2 remote nodes over SSH, 2 at a time');
    expect(summary.nodes).toEqual([
      { name: 'win-a', host: '10.0.0.21', port: '22', username: 'Administrator', signIn: 'private key file' },
      { name: 'win-b', host: '10.0.0.22', port: '22', username: 'Administrator', signIn: 'password (never saved)' },
    ]);
  });

  it('lists no nodes when install runs on this machine, even if rows were typed before', () => {
    const plan = planWith((p) => ({ ...p, nodeTargets: { ...p.nodeTargets, mode: 'local', nodes: [{ name: 'x', host: 'y', port: '22', username: 'u', authType: 'key', privateKeyPath: '' }] } }));
    const summary = summarizePlan(plan, printedAt);
    expect(summary.nodes).toEqual([]);
    expect(valueOf(summary, 'windowsNodes', 'Runs on')).toBe('this machine');
    expect(valueOf(summary, 'joinMethod', 'Method')).toBe('KubeCluster.ps1');
  });
});

describe('formatPrintedOn', () => {
  it('pads month, day, hours and minutes', () => {
    expect(formatPrintedOn(new Date(2027, 0, 3, 7, 4))).toBe('2027-01-03 07:04');
  });
});
