import { join } from 'node:path';
import type { RequestResult } from '../../../shared/ipc/contract-types.js';
import type { JobResult, JobSummary } from '../../../shared/jobs/job-types.js';
import type { Redactor } from '../../../shared/logs/redact.js';
import type { Plan } from '../../../shared/plan/plan-schema.js';
import type { NodeProgress } from '../../../shared/windows-node/node-progress.js';
import { isValidJobId } from '../jobs/job-files.js';
import { bundleRedactor, redactedJson, type Redact } from './bundle-redaction.js';
import { readTail } from './read-tail.js';
import type { ZipEntry } from './write-zip.js';

/** Where the bundle's contents come from; the composition root hands in the app's own services. */
export interface DiagnosticsSources {
  appInfo(): Promise<RequestResult<'app.info'>>;
  loadPlan(): Promise<{ plan: Plan | null; notice?: string }>;
  jobs: { list(): JobSummary[]; result(id: string): JobResult | null };
  /** The folder of the jobs' `.log`, `.json` and `.steps` files. */
  jobsDir: string;
  nodeProgress(): NodeProgress[];
  /** The app's one redactor: it knows every secret a job registered this session. */
  redactor: Redactor;
}

/** What the README says beyond the list of entries: what could not be included, and what was shortened. */
export interface BundleNotes {
  planProblem?: string;
  cutLogs: Array<{ jobId: string; cutBytes: number }>;
  /** Older jobs whose logs did not fit the bundle's budget (their summaries are in). */
  logsLeftOut: string[];
  resultsLeftOut: string[];
}

/** Each job log goes in whole up to this size; a longer one keeps its end, where a failure shows. */
export const maxLogBytesPerJob = 4 * 1024 * 1024;
/** All logs together, newest job first, so the bundle stays small enough to attach to a ticket. */
export const maxLogBytesPerBundle = 40 * 1024 * 1024;

/** Results that are plain findings; a fetched-credentials result is nothing but secrets and is never included. */
const includedResultKinds: ReadonlySet<JobResult['kind']> = new Set(['preflight', 'detectCluster']);

export async function collectBundleEntries(sources: DiagnosticsSources): Promise<{ entries: ZipEntry[]; notes: BundleNotes }> {
  const notes: BundleNotes = { cutLogs: [], logsLeftOut: [], resultsLeftOut: [] };
  const { plan, problem } = await loadPlanSafely(sources);
  if (problem) notes.planProblem = problem;
  const redact = bundleRedactor(sources.redactor, plan);
  const entries: ZipEntry[] = [
    { name: 'app-info.json', data: redactedJson(await sources.appInfo(), redact) },
    { name: 'plan.json', data: plan ? redactedJson(plan, redact) : redactedJson({ plan: null, why: problem ?? 'No plan has been saved yet.' }, redact) },
    { name: 'node-progress.json', data: redactedJson(sources.nodeProgress(), redact) },
  ];
  let logBudget = maxLogBytesPerBundle;
  for (const job of sources.jobs.list().reverse()) {
    if (!isValidJobId(job.id)) continue; // never a path built from a damaged summary
    entries.push({ name: `jobs/${job.id}.json`, data: redactedJson(job, redact) });
    if (logBudget > 0) {
      const files = await jobFiles(sources.jobsDir, job.id, Math.min(logBudget, maxLogBytesPerJob), redact, notes);
      logBudget -= files.reduce((sum, file) => sum + Buffer.byteLength(file.data), 0);
      entries.push(...files);
    } else notes.logsLeftOut.push(job.id);
    const result = resultOf(sources, job.id);
    if (!result) continue;
    if (includedResultKinds.has(result.kind)) entries.push({ name: `results/${job.id}.json`, data: redactedJson(result, redact) });
    else notes.resultsLeftOut.push(job.id);
  }
  return { entries, notes };
}

async function loadPlanSafely(sources: DiagnosticsSources): Promise<{ plan: Plan | null; problem?: string }> {
  try {
    const loaded = await sources.loadPlan();
    return loaded.notice ? { plan: loaded.plan, problem: loaded.notice } : { plan: loaded.plan };
  } catch (error) {
    return { plan: null, problem: `The saved plan could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The log and step marks as written, redacted again as whole texts (a private key block spans lines). */
async function jobFiles(jobsDir: string, jobId: string, maxBytes: number, redact: Redact, notes: BundleNotes): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  const log = await readTail(join(jobsDir, `${jobId}.log`), maxBytes);
  if (log) {
    if (log.cutBytes > 0) notes.cutLogs.push({ jobId, cutBytes: log.cutBytes });
    entries.push({ name: `jobs/${jobId}.log`, data: redact(log.text) });
  }
  const steps = await readTail(join(jobsDir, `${jobId}.steps`), maxLogBytesPerJob);
  if (steps) entries.push({ name: `jobs/${jobId}.steps`, data: redact(steps.text) });
  return entries;
}

function resultOf(sources: DiagnosticsSources, jobId: string): JobResult | null {
  try {
    return sources.jobs.result(jobId);
  } catch {
    return null; // the job left the runner's list between the two calls
  }
}
