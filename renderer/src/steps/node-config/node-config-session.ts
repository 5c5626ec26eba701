import { create } from 'zustand';
import type { NodeConfigIssue } from '../../../../shared/node-config/node-config-issues.js';

/** What the last import found, kept while the operator fixes it (line and column refer to that file). */
export interface ImportReport {
  fileName: string;
  /** False when the file could not be read: the form was left as it was. */
  applied: boolean;
  issues: NodeConfigIssue[];
  extrasKept: number;
  networkNote: string | undefined;
  /** Why the file was not even parsed (too large, unreadable). */
  failure?: string;
}

/** The fetch job this session started and how it ended; the values themselves go straight into the plan's secrets. */
export type FetchStatus =
  | { status: 'running'; jobId: string }
  | { status: 'collecting'; jobId: string }
  | { status: 'applied'; jobId: string; apiServer: string }
  | { status: 'failed'; jobId: string; message: string };

/** The Node config step's session-only state, outside the component so it survives moving between steps. */
interface NodeConfigSessionState {
  importReport: ImportReport | null;
  fetch: FetchStatus | null;
  showSecrets: boolean;
  setImportReport(report: ImportReport | null): void;
  setFetch(fetch: FetchStatus | null): void;
  setShowSecrets(show: boolean): void;
}

export const useNodeConfigSession = create<NodeConfigSessionState>()((set) => ({
  importReport: null,
  fetch: null,
  showSecrets: false,
  setImportReport: (importReport) => set({ importReport }),
  setFetch: (fetch) => set({ fetch }),
  setShowSecrets: (showSecrets) => set({ showSecrets }),
}));
