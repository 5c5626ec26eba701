/**
 * The published example (seed guide and every sig-windows-tools Kubecluster*.json) ships these stand-ins. A file
 * still holding one would make `-join` scp to a host named "kubemasterIP" or hand kubeadm the word "token", so
 * they are refused by field until the real value is given.
 */
export const publishedPlaceholders: Readonly<Record<string, string>> = {
  'Kubernetes.ControlPlane.IpAddress': 'kubemasterIP',
  'Kubernetes.ControlPlane.KubeadmToken': 'token',
  'Kubernetes.ControlPlane.KubeadmCAHash': 'discovery-token-ca-cert-hash',
};

/** Where the real value comes from, said next to the refusal. */
const hints: Readonly<Record<string, string>> = {
  'Kubernetes.ControlPlane.IpAddress': "the control plane's IPv4 address",
  'Kubernetes.ControlPlane.KubeadmToken': 'the value after --token in the output of `kubeadm token create --print-join-command` on the control plane',
  'Kubernetes.ControlPlane.KubeadmCAHash': 'the value after --discovery-token-ca-cert-hash in the output of `kubeadm token create --print-join-command` on the control plane',
};

/** `<your-token>`-style stand-ins, wherever they appear. */
const angleBracketed = /^<[^<>]*>$/;

/** The message when `value` is a stand-in for `field`, otherwise undefined. */
export function placeholderMessage(field: string, value: string): string | undefined {
  const published = publishedPlaceholders[field];
  const trimmed = value.trim();
  const isPublished = published !== undefined && trimmed.toLowerCase() === published.toLowerCase();
  if (!isPublished && !angleBracketed.test(trimmed)) return undefined;
  const hint = hints[field] ?? 'the value for this node';
  return `placeholder: give the real value instead of the example's "${trimmed}": ${hint}.`;
}
