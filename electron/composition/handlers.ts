import { platform, arch } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract-types.js';
import type { PlanLibrary } from '../services/files/plans/plan-library.js';
import { listHostNetworks } from '../services/host-networks.js';
import type { JobRunner } from '../services/jobs/job-runner.js';
import type { KnownHostsStore } from '../services/ssh/known-hosts.js';
import type { SshConnectionPool } from '../services/ssh/ssh-pool.js';
import type { NodeProgressStore } from '../services/windows-node/node-progress-store.js';
import { WizardError } from '../../shared/ipc/envelope.js';
import type { JobRequest } from '../../shared/jobs/job-types.js';
import { createSshHandlers } from './ssh-handlers.js';
import { createPlanHandlers } from './plan-handlers.js';
import type { Redactor } from '../../shared/logs/redact.js';
import { createDiagnosticsHandlers } from '../services/diagnostics/diagnostics-handlers.js';

/** Who is calling: which transport, and (for the web host) which connection. */
export interface CallerContext {
  transport: 'electron' | 'web';
  connectionId: string;
}

export interface HandlerDependencies {
  version: string;
  transport: 'electron' | 'web';
  userDataDir: string;
  jobs: JobRunner;
  plans: PlanLibrary;
  elevated: Promise<boolean>;
  knownHosts: KnownHostsStore;
  sshPool: SshConnectionPool;
  nodeProgress: NodeProgressStore;
  openPath?: (path: string) => Promise<string>;
  /** The app's one redactor (it knows the secrets jobs registered), for the diagnostics bundle. */
  redactor: Redactor;
  /** Desktop only: Electron's shell.showItemInFolder. */
  showItemInFolder?: (path: string) => void;
  relaunchElevated?: () => Promise<{ relaunching: boolean; reason?: string }>;
}

const nodeChangingKinds: ReadonlySet<JobRequest['kind']> = new Set(['nodeInstall', 'nodeJoin', 'nodeReset', 'modernNodeInstall', 'modernNodeJoin', 'modernNodeReset']);
const changesThisMachine = (request: JobRequest) => nodeChangingKinds.has(request.kind) && 'node' in request && request.node.target.type === 'local';

/** One handler per contract request; the compiler rejects a missing handler or a wrong result type. */
export function createHandlers(deps: HandlerDependencies): Handlers<CallerContext> {
  const appInfo = async () => ({
    name: 'Windows Node Wizard',
    version: deps.version,
    platform: platform(),
    arch: arch(),
    elevated: await deps.elevated,
    transport: deps.transport,
    userDataDir: deps.userDataDir,
  });
  return {
    'app.info': appInfo,
    ...createPlanHandlers(deps.plans),
    'host.networks': async () => listHostNetworks(),
    ...createSshHandlers({ userDataDir: deps.userDataDir, knownHosts: deps.knownHosts, pool: deps.sshPool }),
    'app.relaunchElevated': async () =>
      deps.relaunchElevated
        ? deps.relaunchElevated()
        : { relaunching: false, reason: 'The browser host cannot restart itself elevated: stop it, then start `npm run web` from a terminal opened with "Run as administrator".' },
    'nodes.progress': async () => deps.nodeProgress.list(),
    'jobs.start': async (request) => {
      if (changesThisMachine(request) && !(await deps.elevated)) {
        throw new WizardError('NOT_ELEVATED', 'Install, join and reset change this machine and need administrator rights: relaunch the app as administrator.');
      }
      return { jobId: deps.jobs.start(request) };
    },
    'jobs.openLog': async ({ jobId }) => {
      const job = deps.jobs.list().find((candidate) => candidate.id === jobId);
      if (!job) throw new WizardError('NOT_FOUND', `No job with id ${jobId}.`, 'jobId');
      if (!deps.openPath) return { opened: false, path: job.logFile, reason: 'The browser host cannot open files on your screen; save the full log instead.' };
      const error = await deps.openPath(job.logFile);
      return error ? { opened: false, path: job.logFile, reason: error } : { opened: true, path: job.logFile };
    },
    'jobs.cancel': async ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
    'jobs.list': async () => deps.jobs.list(),
    'jobs.log': async ({ jobId, fromSeq }) => deps.jobs.readLog(jobId, fromSeq),
    'jobs.result': async ({ jobId }) => deps.jobs.result(jobId),
    ...createDiagnosticsHandlers<CallerContext>({
      userDataDir: deps.userDataDir,
      appInfo,
      loadPlan: () => deps.plans.readCurrent(),
      jobs: deps.jobs,
      // The JobRunner's log folder, as the composition root sets it.
      jobsDir: join(deps.userDataDir, 'jobs'),
      nodeProgress: () => deps.nodeProgress.list(),
      redactor: deps.redactor,
      ...(deps.showItemInFolder ? { showItemInFolder: deps.showItemInFolder } : {}),
    }),
  };
}
