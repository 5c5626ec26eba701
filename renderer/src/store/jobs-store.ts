import { create } from 'zustand';
import { isFinished, type JobSummary, type LogLine } from '../../../shared/jobs/job-types.js';
import { addToLogWindow, emptyLogWindow, type LogWindow } from './log-window.js';

/** Every job this view knows about, the bounded tail of each job's log, and what the log drawer shows. */
interface JobsState {
  jobs: Record<string, JobSummary>;
  logs: Record<string, LogWindow>;
  /** The job whose log the drawer shows; null means "the newest". */
  selectedJobId: string | null;
  drawerOpen: boolean;
  upsertJob(job: JobSummary): void;
  /** Adds jobs from `jobs.list`; a job already known came from a newer event, so it is kept. */
  addKnownJobs(jobs: readonly JobSummary[]): void;
  applyLog(jobId: string, lines: readonly LogLine[]): void;
  selectJob(jobId: string | null): void;
  setDrawerOpen(open: boolean): void;
  showJob(jobId: string): void;
}

export const useJobsStore = create<JobsState>()((set) => ({
  jobs: {},
  logs: {},
  selectedJobId: null,
  drawerOpen: false,
  upsertJob: (job) => set((state) => ({ jobs: { ...state.jobs, [job.id]: job } })),
  addKnownJobs: (jobs) =>
    set((state) => {
      const merged = { ...state.jobs };
      for (const job of jobs) merged[job.id] ??= job;
      return { jobs: merged };
    }),
  applyLog: (jobId, lines) =>
    set((state) => {
      const current = state.logs[jobId] ?? emptyLogWindow;
      const next = addToLogWindow(current, lines);
      return next === current ? {} : { logs: { ...state.logs, [jobId]: next } };
    }),
  selectJob: (selectedJobId) => set({ selectedJobId }),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  showJob: (jobId) => set({ selectedJobId: jobId, drawerOpen: true }),
}));

/** Newest first. */
export function sortJobs(jobs: Record<string, JobSummary>): JobSummary[] {
  return Object.values(jobs).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export function selectRunningCount(state: { jobs: Record<string, JobSummary> }): number {
  return Object.values(state.jobs).filter((job) => !isFinished(job.state)).length;
}

/** The job the drawer shows: the selected one, else the newest. */
export function selectShownJob(state: { jobs: Record<string, JobSummary>; selectedJobId: string | null }) {
  if (state.selectedJobId && state.jobs[state.selectedJobId]) return state.jobs[state.selectedJobId];
  return sortJobs(state.jobs)[0];
}

/** The most recent job of one kind, e.g. the latest machine check. */
export function latestJobOfKind(jobs: Record<string, JobSummary>, kind: string): JobSummary | undefined {
  return sortJobs(jobs).find((job) => job.kind === kind);
}
