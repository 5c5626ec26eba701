import type { ConnectionCheck, ConnectionField } from '../flannel/connection-form.js';
import type { HostKeyVerdict } from '../flannel/flannel-session.js';
import { connectionFieldLabels } from '../flannel/run-readiness.js';

/**
 * Why "Fetch token and CA hash" cannot run yet, or undefined when it can. The connection and the host-key
 * decision both belong to the Flannel step, so the reason points there rather than repeating its form.
 */
export function fetchBlocker(connection: ConnectionCheck, hostKey: HostKeyVerdict | undefined): string | undefined {
  const fields = Object.keys(connection.errors) as ConnectionField[];
  if (fields.length > 0 || !connection.profile) {
    const named = fields.length > 0 ? `: ${fields.map((field) => connectionFieldLabels[field]).join(', ')}` : '';
    return `Complete the control-plane connection in the Flannel step${named}.`;
  }
  if (hostKey?.status !== 'trusted') {
    return 'Check and trust the control plane’s host key in the Flannel step (trust is asked once per session).';
  }
  return undefined;
}
