import { create } from 'zustand';
import { withoutIndex } from './node-targets-model.js';

export interface NodeSecret {
  password: string;
  passphrase: string;
}

export const emptyNodeSecret: NodeSecret = { password: '', passphrase: '' };

/**
 * Each remote node's SSH password or key passphrase, in memory for this session only, by the node's row (kept
 * aligned when a row is removed). Like the control plane's secrets store, it is never part of the plan, so
 * autosave cannot write it; it leaves the renderer only inside a `jobs.start` request.
 */
interface NodeSecretsState {
  secrets: readonly NodeSecret[];
  setSecret(index: number, change: Partial<NodeSecret>): void;
  removeRow(index: number): void;
}

export const useNodeSecrets = create<NodeSecretsState>()((set) => ({
  secrets: [],
  setSecret: (index, change) =>
    set((state) => {
      const secrets = [...state.secrets];
      for (let i = secrets.length; i < index; i++) secrets[i] = emptyNodeSecret;
      secrets[index] = { ...(secrets[index] ?? emptyNodeSecret), ...change };
      return { secrets };
    }),
  removeRow: (index) => set((state) => ({ secrets: withoutIndex(state.secrets, index) })),
}));

export function nodeSecretAt(secrets: readonly NodeSecret[], index: number): NodeSecret {
  return secrets[index] ?? emptyNodeSecret;
}
