import { create } from 'zustand';

export const defaultVerifyTimeoutSeconds = 300;
export const verifyTimeoutChoices = [60, 120, 300, 600, 900, 1800] as const;

/** The "Verify the node" panel's inputs and its latest job, kept for the session while the operator moves between steps. */
interface VerifyNodeSession {
  nodeName: string;
  timeoutSeconds: number;
  jobId: string | undefined;
  setNodeName(nodeName: string): void;
  setTimeoutSeconds(timeoutSeconds: number): void;
  setJobId(jobId: string): void;
}

export const useVerifyNodeSession = create<VerifyNodeSession>()((set) => ({
  nodeName: '',
  timeoutSeconds: defaultVerifyTimeoutSeconds,
  jobId: undefined,
  setNodeName: (nodeName) => set({ nodeName }),
  setTimeoutSeconds: (timeoutSeconds) => set({ timeoutSeconds }),
  setJobId: (jobId) => set({ jobId }),
}));
