import { create } from 'zustand';

/**
 * The SSH password and key passphrase, held in memory for this session only. They are deliberately not part
 * of the plan store, so autosave can never write them to disk; they leave the renderer only inside a
 * `jobs.start` or `ssh.generateKey` request.
 */
interface SecretsState {
  password: string;
  passphrase: string;
  setPassword(password: string): void;
  setPassphrase(passphrase: string): void;
  clear(): void;
}

export const useSecretsStore = create<SecretsState>()((set) => ({
  password: '',
  passphrase: '',
  setPassword: (password) => set({ password }),
  setPassphrase: (passphrase) => set({ passphrase }),
  clear: () => set({ password: '', passphrase: '' }),
}));
