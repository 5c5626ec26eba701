import { normaliseNodeName } from '../../../../shared/modern-join/endpoint.js';

/** The node name typed in the reset confirmation: empty (the node object is kept), a valid name, or why not. */
export type ResetNodeName = { name: string | undefined; error?: undefined } | { name: undefined; error: string };

export function checkResetNodeName(text: string): ResetNodeName {
  const trimmed = text.trim();
  if (trimmed === '') return { name: undefined };
  const name = normaliseNodeName(trimmed);
  return name ? { name } : { name: undefined, error: 'A node name as kubectl get nodes shows it: letters, digits, dashes and dots, e.g. win-node-1.' };
}

/** The name to offer: the one the operator typed for this machine (Verify's node name, or the row's name), if valid. */
export function defaultResetNodeName(known: string): string {
  return checkResetNodeName(known).name ?? '';
}
