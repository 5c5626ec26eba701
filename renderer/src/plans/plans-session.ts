import { create } from 'zustand';
import type { PlanId, PlanSummary } from '../../../shared/plan/plan-library-schema.js';

/** A deleted plan the snackbar offers to bring back; `key` lets two deletions in a row each show. */
export interface DeletedNotice {
  key: number;
  plan: PlanSummary;
}

/** The plans dialog's state: the library as last listed, what is being worked on, the last deletion. */
interface PlansSession {
  dialogOpen: boolean;
  plans: PlanSummary[];
  currentId: PlanId | null;
  /** True while a library call runs; the controls wait, so two switches cannot interleave. */
  busy: boolean;
  /** The plan whose export options are shown. */
  exporting: PlanSummary | null;
  deleted: DeletedNotice | null;
  setDialogOpen(open: boolean): void;
  setList(list: { currentId: PlanId | null; plans: PlanSummary[] }): void;
  setBusy(busy: boolean): void;
  setExporting(plan: PlanSummary | null): void;
  setDeleted(plan: PlanSummary | null): void;
}

let nextKey = 1;

export const usePlansSession = create<PlansSession>()((set) => ({
  dialogOpen: false,
  plans: [],
  currentId: null,
  busy: false,
  exporting: null,
  deleted: null,
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
  setList: ({ currentId, plans }) => set({ currentId, plans }),
  setBusy: (busy) => set({ busy }),
  setExporting: (exporting) => set({ exporting }),
  setDeleted: (plan) => set({ deleted: plan ? { key: nextKey++, plan } : null }),
}));
