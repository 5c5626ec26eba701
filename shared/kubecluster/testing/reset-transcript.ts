/**
 * Test data: a `-reset` run assembled from kubecluster-messages.md §4 and kubeadm-outputs.md §5 (exact
 * strings; the sc.exe and Stop-Service texts are the transcript's stated inference).
 */
import { preamble } from './preamble.js';

export const scDeleteFails = ['[SC] OpenService FAILED 1060:', '', 'The specified service does not exist as an installed service.', ''];

export const resetComplete = [
  ...preamble,
  'node "win-h2a5c8d1f3g" deleted',
  '3f1c2a9b8e7d',
  'Cleaning up old HNS network found',
  '{',
  '    "ActivityId":  "4b7e1c1e-2c3b-4f1a-9d55-0c6c3f7a1b2d",',
  '    "Name":  "vxlan0",',
  '    "Type":  "Overlay"',
  '}',
  "WARNING: Waiting for service 'FlannelD (FlannelD)' to stop...",
  ...scDeleteFails,
  'Uninstalling Kubeproxy Service',
  ...scDeleteFails,
  'Uninstalling Kubelet Service',
  ...scDeleteFails,
  '[preflight] Running pre-flight checks',
  '[reset] Stopping the kubelet service',
  '[reset] Deleting contents of config directories: [/etc/kubernetes/manifests /etc/kubernetes/pki]',
  'The reset process does not reset or clean up iptables rules or IPVS tables.',
];
