import { useVerifyNodeSession } from './verify-node-session.js';

/** Takes the operator to "Verify the node", with the node's name filled in when the field is still empty. */
export function goToVerify(nodeName: string): void {
  const session = useVerifyNodeSession.getState();
  if (nodeName && !session.nodeName.trim()) session.setNodeName(nodeName);
  document.getElementById('verify-node-title')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  document.getElementById('verify-node-name')?.focus({ preventScroll: true });
}
