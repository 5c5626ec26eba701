import { create } from 'zustand';
import type { RequestResult } from '../../../../shared/ipc/contract-types.js';

/** What the operator decided about one host's key in this session (never saved: trust is asked again after a restart). */
export type HostKeyVerdict =
  | { status: 'checking' }
  /** Checked and trusted: the key matched the trusted one, or the operator accepted it just now. */
  | { status: 'trusted'; keyType: string; fingerprint: string }
  /** A key never seen before, waiting for the operator's decision in the dialog. */
  | { status: 'unknown'; keyType: string; fingerprint: string }
  | { status: 'refused'; keyType: string; fingerprint: string }
  /** Differs from the trusted key: possibly an attack. Only forgetting the old key leads on. */
  | { status: 'changed'; keyType: string; fingerprint: string; knownFingerprint: string }
  | { status: 'forgotten' }
  | { status: 'failed'; message: string };

export type GeneratedKey = RequestResult<'ssh.generateKey'>;

/** `host:port` as the operator typed them (trimmed): a verdict applies only to exactly that target. */
export function hostKeyTarget(host: string, port: number): string {
  return `${host.trim()}:${port}`;
}

/**
 * The Flannel step's session-only state, kept outside the component so it survives moving between steps:
 * host-key verdicts per target and the key generated in this session.
 */
interface FlannelSessionState {
  hostKeys: Record<string, HostKeyVerdict>;
  generatedKey: GeneratedKey | null;
  setHostKey(target: string, verdict: HostKeyVerdict): void;
  setGeneratedKey(key: GeneratedKey): void;
}

export const useFlannelSession = create<FlannelSessionState>()((set) => ({
  hostKeys: {},
  generatedKey: null,
  setHostKey: (target, verdict) => set((state) => ({ hostKeys: { ...state.hostKeys, [target]: verdict } })),
  setGeneratedKey: (generatedKey) => set({ generatedKey }),
}));
