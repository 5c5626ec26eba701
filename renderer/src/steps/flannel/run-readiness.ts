import type { ConnectionCheck, ConnectionField } from './connection-form.js';
import type { HostKeyVerdict } from './flannel-session.js';

export const connectionFieldLabels: Record<ConnectionField, string> = {
  host: 'Control-plane host',
  port: 'SSH port',
  username: 'SSH username',
  privateKeyPath: 'Private key file',
  passphrase: 'Key passphrase',
  password: 'Password',
};

const hostKeyNeeds: Record<Exclude<HostKeyVerdict['status'], 'trusted'>, string> = {
  checking: 'The host key is being checked.',
  unknown: 'Decide whether to trust the control plane’s host key.',
  refused: 'The host key was refused: check it again, compare the fingerprint and trust it to continue.',
  changed: 'The host key has changed: resolve the warning in the host key section.',
  forgotten: 'Check the host key again now that the old one is forgotten.',
  failed: 'The host key check failed: see the message in the host key section.',
};

export interface RunInputs {
  ipPlanErrors: number;
  connection: ConnectionCheck;
  hostKey: HostKeyVerdict | undefined;
  /** Undefined while no manifest is loaded. */
  manifestPatches: boolean | undefined;
}

/** What still stands between the operator and "Configure control plane", in the order they would fix it. */
export function missingForRun(inputs: RunInputs): string[] {
  const missing: string[] = [];
  if (inputs.ipPlanErrors > 0) {
    const n = inputs.ipPlanErrors;
    missing.push(`The IP plan has ${n} error${n === 1 ? '' : 's'}: fix ${n === 1 ? 'it' : 'them'} in step 1.`);
  }
  const fields = Object.keys(inputs.connection.errors) as ConnectionField[];
  if (fields.length > 0) missing.push(`Complete the connection: ${fields.map((field) => connectionFieldLabels[field]).join(', ')}.`);
  if (!inputs.hostKey) missing.push('Check the control plane’s host key.');
  else if (inputs.hostKey.status !== 'trusted') missing.push(hostKeyNeeds[inputs.hostKey.status]);
  if (inputs.manifestPatches === undefined) missing.push('Load or paste your kube-flannel.yml.');
  else if (!inputs.manifestPatches) missing.push('The manifest cannot be patched: see its errors.');
  return missing;
}

/** What stands before "Deploy the Windows DaemonSets": the same as for the configure job, without a manifest (the job renders its own). */
export function missingForDaemonSets(inputs: Omit<RunInputs, 'manifestPatches'>): string[] {
  return missingForRun({ ...inputs, manifestPatches: true });
}
