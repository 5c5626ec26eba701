import { platform, arch } from 'node:os';
import type { Handlers } from '../../shared/ipc/contract-types.js';
import type { PlanStore } from '../services/files/plan-store.js';
import { listHostNetworks } from '../services/host-networks.js';
import type { JobRunner } from '../services/jobs/job-runner.js';
import type { KnownHostsStore } from '../services/ssh/known-hosts.js';
import type { SshConnectionPool } from '../services/ssh/ssh-pool.js';
import { createSshHandlers } from './ssh-handlers.js';

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
  plans: PlanStore;
  elevated: Promise<boolean>;
  knownHosts: KnownHostsStore;
  sshPool: SshConnectionPool;
}

/** One handler per contract request; the compiler rejects a missing handler or a wrong result type. */
export function createHandlers(deps: HandlerDependencies): Handlers<CallerContext> {
  return {
    'app.info': async () => ({
      name: 'Windows Node Wizard',
      version: deps.version,
      platform: platform(),
      arch: arch(),
      elevated: await deps.elevated,
      transport: deps.transport,
      userDataDir: deps.userDataDir,
    }),
    'plan.load': async () => ({ ...(await deps.plans.load()), path: deps.plans.path }),
    'plan.save': async ({ plan }) => deps.plans.save(plan),
    'host.networks': async () => listHostNetworks(),
    ...createSshHandlers({ userDataDir: deps.userDataDir, knownHosts: deps.knownHosts, pool: deps.sshPool }),
    'jobs.start': async (request) => ({ jobId: deps.jobs.start(request) }),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
    'jobs.list': async () => deps.jobs.list(),
    'jobs.log': async ({ jobId, fromSeq }) => deps.jobs.readLog(jobId, fromSeq),
    'jobs.result': async ({ jobId }) => deps.jobs.result(jobId),
  };
}
