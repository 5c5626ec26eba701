import type { NodeConfigIssue } from '../../../../shared/node-config/node-config-issues.js';

/** Every field the step shows, in the order it shows them, with the label it shows (the summary uses the same words). */
export const configFields: ReadonlyArray<readonly [field: string, label: string]> = [
  ['Kubernetes.ControlPlane.IpAddress', 'Control-plane IP address'],
  ['Kubernetes.ControlPlane.Username', 'Control-plane user'],
  ['Kubernetes.ControlPlane.KubeadmToken', 'Kubeadm token'],
  ['Kubernetes.ControlPlane.KubeadmCAHash', 'CA cert hash'],
  ['Kubernetes.Source.Release', 'Kubernetes release'],
  ['Kubernetes.Source.Url', 'Node binaries URL'],
  ['Kubernetes.KubeProxy.Gates', 'kube-proxy feature gates'],
  ['Kubernetes.Network.ServiceCidr', 'Service CIDR'],
  ['Kubernetes.Network.ClusterCidr', 'Cluster CIDR'],
  ['Cni.Name', 'Network fabric'],
  ['Cni.Plugin.Name', 'CNI plugin'],
  ['Cni.InterfaceName', 'Network interface'],
  ['Cni.Source', 'Network daemon sources'],
  ['Cri.Name', 'Runtime name'],
  ['Cri.Images.Pause', 'Pause image'],
  ['Cri.Images.Nanoserver', 'Nanoserver image'],
  ['Cri.Images.ServerCore', 'ServerCore image'],
  ['windowsBuild', 'Windows build'],
  ['Install.Destination', 'Install destination'],
];

const labels = new Map(configFields);
const order = new Map(configFields.map(([field], index) => [field, index]));
const SOURCE_ITEM = /^Cni\.Source\.(\d+)\.(Name|Url)$/;

/** How a field is named in the summary and the import report. */
export function configFieldLabel(field: string): string {
  const source = SOURCE_ITEM.exec(field);
  if (source) return `Source ${Number(source[1]) + 1} ${source[2] === 'Url' ? 'URL' : 'name'}`;
  if (field === 'file') return 'The file';
  return labels.get(field) ?? field;
}

/** Position in the form; a field of a list goes with its list, anything unknown last. */
export function configFieldOrder(field: string): number {
  const source = SOURCE_ITEM.exec(field);
  if (source) return (order.get('Cni.Source') ?? 0) + (Number(source[1]) + 1) / 1000;
  return order.get(field) ?? Number.MAX_SAFE_INTEGER;
}

/** The DOM id of a field's input, so the summary can put the caret there. */
export function configFieldId(field: string): string {
  return `nodeConfig-${field.replace(/\./g, '-')}`;
}

export function focusConfigField(field: string): void {
  const input = document.getElementById(configFieldId(field));
  if (!(input instanceof HTMLElement)) return;
  input.scrollIntoView({ block: 'center', behavior: 'smooth' });
  input.focus({ preventScroll: true });
}

export interface FieldIssues {
  errors: string[];
  warnings: string[];
  notices: string[];
}

export function issuesAt(issues: readonly NodeConfigIssue[], field: string, except: readonly string[] = []): FieldIssues {
  const at = issues.filter((item) => item.field === field && !except.includes(item.code));
  const messages = (severity: NodeConfigIssue['severity']) => at.filter((item) => item.severity === severity).map((item) => item.message);
  return { errors: messages('error'), warnings: messages('warning'), notices: messages('notice') };
}

export function countIssues(issues: readonly NodeConfigIssue[]): Record<NodeConfigIssue['severity'], number> {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const item of issues) counts[item.severity] += 1;
  return counts;
}

/** Form order, errors before warnings before notices at the same field (a stable sort keeps the validator's order). */
export function sortForForm(issues: readonly NodeConfigIssue[]): NodeConfigIssue[] {
  const rank = { error: 0, warning: 1, notice: 2 };
  return [...issues].sort((a, b) => configFieldOrder(a.field) - configFieldOrder(b.field) || rank[a.severity] - rank[b.severity]);
}
