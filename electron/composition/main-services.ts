import { join } from 'node:path';
import { createGate } from '../../shared/ipc/gate.js';
import { detectElevation } from '../services/elevation.js';
import { PlanLibrary } from '../services/files/plans/plan-library.js';
import type { JobDefinitions } from '../services/jobs/job-definition.js';
import { JobRunner } from '../services/jobs/job-runner.js';
import { configureControlPlane } from '../services/jobs/control-plane/configure-control-plane.js';
import { fetchJoinCredentials } from '../services/jobs/control-plane/fetch-join-credentials.js';
import { verifyNode } from '../services/jobs/control-plane/verify-node.js';
import { localMachineCheck } from '../services/jobs/local-machine-check.js';
import { authorizeNodeKey } from '../services/jobs/windows-node/authorize-node-key.js';
import { nodeActionJob } from '../services/jobs/windows-node/node-action-jobs.js';
import { preflightJob } from '../services/jobs/windows-node/preflight-job.js';
import { modernNodeJob } from '../services/jobs/windows-node/modern/modern-node-jobs.js';
import { detectCluster } from '../services/jobs/control-plane/modern/detect-cluster.js';
import { deployWindowsDaemonSets } from '../services/jobs/control-plane/modern/deploy-windows-daemonsets.js';
import { realPowerShell } from '../services/windows-node/local-windows-shell.js';
import { NodeProgressStore } from '../services/windows-node/node-progress-store.js';
import type { PowerShellLauncher } from '../services/windows-node/windows-shell.js';
import { KnownHostsStore } from '../services/ssh/known-hosts.js';
import { SshConnectionPool } from '../services/ssh/ssh-pool.js';
import { Redactor } from '../../shared/logs/redact.js';
import { FileKeySecretBox } from '../services/secrets/file-key-secret-box.js';
import type { SecretBox } from '../services/secrets/secret-box.js';
import { EventHub } from './event-hub.js';
import { createHandlers, type CallerContext } from './handlers.js';

export interface MainServicesOptions {
  userDataDir: string;
  version: string;
  transport: 'electron' | 'web';
  /** Tests replace a job's implementation (e.g. with a simulated flood); the app never passes this. */
  jobDefinitions?: Partial<JobDefinitions>;
  /** How saved secrets are sealed: the OS keychain in the desktop app, a key file beside the plan otherwise. */
  secretBox?: SecretBox;
  /** How this machine starts Windows PowerShell; tests pass a SIMULATED powershell.exe. */
  powershell?: PowerShellLauncher;
  /** Whether this process is elevated; detected unless given (a test host simulating an elevated Windows machine). */
  elevated?: Promise<boolean>;
  /** Desktop only: opens a file in the system's viewer (Electron's shell.openPath; '' on success, else the error). */
  openPath?: (path: string) => Promise<string>;
  /** Desktop only: shows a file in the system's file manager (Electron's shell.showItemInFolder). */
  showItemInFolder?: (path: string) => void;
  /** Desktop only: starts an elevated instance (UAC) and quits this one. */
  relaunchElevated?: () => Promise<{ relaunching: boolean; reason?: string }>;
}

/** The composition root shared by the Electron app and the web host: the same services, gate and events. */
export function createMainServices(options: MainServicesOptions) {
  const events = new EventHub();
  const redactor = new Redactor();
  const knownHosts = new KnownHostsStore(options.userDataDir);
  const sshPool = new SshConnectionPool(knownHosts);
  const nodeProgress = new NodeProgressStore(options.userDataDir, (text) => redactor.redact(text));
  const nodeDeps = { pool: sshPool, powershell: options.powershell ?? realPowerShell, progress: nodeProgress };
  const jobs = new JobRunner({
    logDir: join(options.userDataDir, 'jobs'),
    definitions: {
      localMachineCheck: localMachineCheck(),
      configureControlPlane: configureControlPlane({ pool: sshPool }),
      fetchJoinCredentials: fetchJoinCredentials({ pool: sshPool }),
      verifyNode: verifyNode({ pool: sshPool }),
      preflight: preflightJob(nodeDeps),
      nodeInstall: nodeActionJob('nodeInstall', nodeDeps),
      nodeJoin: nodeActionJob('nodeJoin', nodeDeps),
      nodeReset: nodeActionJob('nodeReset', nodeDeps),
      authorizeNodeKey: authorizeNodeKey({ pool: sshPool }),
      detectCluster: detectCluster({ pool: sshPool }),
      deployWindowsDaemonSets: deployWindowsDaemonSets({ pool: sshPool }),
      modernNodeInstall: modernNodeJob('modernNodeInstall', nodeDeps),
      modernNodeJoin: modernNodeJob('modernNodeJoin', nodeDeps),
      modernNodeReset: modernNodeJob('modernNodeReset', nodeDeps),
      ...options.jobDefinitions,
    },
    emit: events.emit,
    redactor,
  });
  const plans = new PlanLibrary({ userDataDir: options.userDataDir, secrets: options.secretBox ?? fileKeyBox(options.userDataDir) });
  const elevated = options.elevated ?? detectElevation();
  const handlers = createHandlers({
    version: options.version,
    transport: options.transport,
    userDataDir: options.userDataDir,
    jobs,
    plans,
    elevated,
    knownHosts,
    sshPool,
    nodeProgress,
    redactor,
    ...(options.openPath ? { openPath: options.openPath } : {}),
    ...(options.showItemInFolder ? { showItemInFolder: options.showItemInFolder } : {}),
    ...(options.relaunchElevated ? { relaunchElevated: options.relaunchElevated } : {}),
  });
  const dispatch = createGate<CallerContext>(handlers, (error) => console.error('Request failed:', error));
  return { events, jobs, plans, dispatch, sshPool };
}
export type MainServices = ReturnType<typeof createMainServices>;

export function fileKeyBox(userDataDir: string): SecretBox {
  return new FileKeySecretBox(join(userDataDir, 'secret.key'));
}
