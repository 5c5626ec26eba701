import { create } from 'zustand';
import type { PreflightReport } from '../../../../shared/preflight/preflight-types.js';
import type { NodeRunKind } from './node-requests.js';
import { withoutIndex } from './node-targets-model.js';

/** The jobs this session started for one machine (by its target key), newest last where there are several. */
export interface TargetRuns {
  preflight?: string;
  authorize?: string;
  install?: string;
  reset?: string;
  /** Join tries since this session's last install or reset of the machine; each is its own job and log. */
  joins: readonly string[];
  /** The latest install, join or reset: the job the step shows running. */
  last?: string;
  /** The latest job of any kind (preflight too), for the remote summary's state column. */
  latest?: string;
}

export type PreflightOutcome = { status: 'loaded'; report: PreflightReport } | { status: 'missing'; message: string };

const noRuns: TargetRuns = { joins: [] };

/**
 * The Install step's session-only state, outside the components so it survives moving between steps: which
 * remote node the details show, which rows are selected for "run on selected", the jobs started per machine,
 * preflight reports already fetched, and the last refusal for missing administrator rights.
 */
interface InstallSessionState {
  focused: number;
  /** Per remote row; a row without an entry is selected. */
  unselected: readonly boolean[];
  runs: Record<string, TargetRuns>;
  reports: Record<string, PreflightOutcome>;
  notElevated: string | null;
  setFocused(index: number): void;
  setSelected(index: number, selected: boolean): void;
  removeRow(index: number): void;
  record(targetKey: string, kind: NodeRunKind | 'authorize', jobId: string): void;
  setReport(jobId: string, outcome: PreflightOutcome): void;
  setNotElevated(message: string | null): void;
}

export const useInstallSession = create<InstallSessionState>()((set) => ({
  focused: 0,
  unselected: [],
  runs: {},
  reports: {},
  notElevated: null,
  setFocused: (focused) => set({ focused }),
  setSelected: (index, selected) =>
    set((state) => {
      const unselected = [...state.unselected];
      for (let i = unselected.length; i < index; i++) unselected[i] = false;
      unselected[index] = !selected;
      return { unselected };
    }),
  removeRow: (index) =>
    set((state) => ({
      unselected: withoutIndex(state.unselected, index),
      focused: state.focused > index ? state.focused - 1 : state.focused === index ? 0 : state.focused,
    })),
  record: (targetKey, kind, jobId) =>
    set((state) => {
      const runs = state.runs[targetKey] ?? noRuns;
      const next: TargetRuns = { ...runs, latest: jobId };
      if (kind === 'preflight' || kind === 'authorize') next[kind] = jobId;
      else {
        next.last = jobId;
        if (kind === 'join') next.joins = [...runs.joins, jobId];
        else {
          next[kind] = jobId;
          next.joins = [];
        }
      }
      return { runs: { ...state.runs, [targetKey]: next } };
    }),
  setReport: (jobId, outcome) => set((state) => ({ reports: { ...state.reports, [jobId]: outcome } })),
  setNotElevated: (notElevated) => set({ notElevated }),
}));

export function runsOf(runs: Record<string, TargetRuns>, targetKey: string | undefined): TargetRuns {
  return (targetKey && runs[targetKey]) || noRuns;
}
