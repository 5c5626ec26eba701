import { create } from 'zustand';
import type { DetectedCluster } from './join-method-model.js';

/** The detection this session started and how it ended; the version and method it found go into the plan. */
export type DetectStatus =
  /** `who` is the control plane's user and host, for "detected from" once the job ended. */
  | { status: 'running'; jobId: string; who: { username: string; host: string } }
  | { status: 'collecting'; jobId: string }
  | { status: 'applied'; jobId: string; cluster: DetectedCluster; source: string }
  | { status: 'failed'; jobId: string; message: string };

/** Session-only, outside the component so the nodes found survive moving between steps (they are not saved). */
interface JoinMethodSessionState {
  detect: DetectStatus | null;
  setDetect(detect: DetectStatus | null): void;
}

export const useJoinMethodSession = create<JoinMethodSessionState>()((set) => ({
  detect: null,
  setDetect: (detect) => set({ detect }),
}));
