import { create } from 'zustand';
import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import type { NodeProgress } from '../../../shared/windows-node/node-progress.js';
import { describeFailure } from './connection-store.js';

/**
 * Where each node's last install, join or reset got to, as the main side keeps it on disk (it survives the
 * node's reboot and the app's restart). Read on the Install step's mount and after each node job ends.
 */
interface NodeProgressState {
  byTarget: Record<string, NodeProgress>;
  loaded: boolean;
  /** Why the last read failed; the previous answer stays shown. */
  error: string | null;
  refresh(api: WizardApi): Promise<void>;
}

export const useNodeProgressStore = create<NodeProgressState>()((set) => ({
  byTarget: {},
  loaded: false,
  error: null,
  refresh: async (api) => {
    try {
      const list = await api.nodes.progress();
      set({ byTarget: Object.fromEntries(list.map((progress) => [progress.targetKey, progress])), loaded: true, error: null });
    } catch (error) {
      set({ error: describeFailure(error, 'Could not read where the nodes got to').message });
    }
  },
}));
