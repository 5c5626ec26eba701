import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { patchFlannelManifest, type PatchedManifest } from '../../../../shared/flannel/patch-manifest.js';
import type { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobFailure, type JobContext, type JobDefinition } from '../job-definition.js';
import { readClusterFacts, requireAgreement } from './cluster-inspection.js';
import { verifyFlannel } from './flannel-verification.js';
import { withJobShell, type RemoteCommandTarget } from '../../ssh/job-shell.js';
import { runRemote } from './remote-commands.js';
import { connectForJob, withSshErrors } from './ssh-job.js';

type Request = Extract<JobRequest, { kind: 'configureControlPlane' }>;

export const sysctlFile = '/etc/sysctl.d/99-windows-node-wizard.conf';
const bridgeSetting = 'net.bridge.bridge-nf-call-iptables';

export const controlPlaneSteps = [
  'Connect to the control plane',
  'Check kubectl access',
  'Compare the plan with the cluster',
  'Let iptables see bridged traffic',
  'Apply the flannel manifest',
  'Add the Linux node selector',
  'Verify flannel',
] as const;

/**
 * Configures flannel on the Linux control plane over one SSH connection. Every step is safe to repeat, so
 * a failed run can simply be run again: apply and patch converge, and the sysctl file is rewritten whole.
 */
export function configureControlPlane(deps: { pool: SshConnectionPool }): JobDefinition<Request> {
  return {
    kind: 'configureControlPlane',
    title: (request) => `Configure control plane ${request.connection.host}`,
    steps: () => [...controlPlaneSteps],
    conflictKey: (request) => `control-plane:${request.connection.host}:${request.connection.port}`,
    run: (context, request) => withSshErrors(() => configure(context, request)),
  };

  async function configure(context: JobContext, request: Request): Promise<void> {
    const patched = patchFlannelManifest(request.manifest, { clusterCidr: request.plan.clusterCidr });
    if (!patched.ok) throw new JobFailure(`The flannel manifest cannot be used: ${patched.errors.map((error) => error.message).join(' ')}`);
    const connection = deps.pool.get(request.connection);
    await connectForJob(context, connection, request.connection, controlPlaneSteps[0]);
    await withJobShell(connection, (remote) => configureOver(context, request, patched, remote));
  }

  /** The steps after connecting, over one shell for the whole job (stdin-fed commands get their own channel). */
  async function configureOver(context: JobContext, request: Request, patched: PatchedManifest, remote: RemoteCommandTarget): Promise<void> {
    const namespace = patched.daemonSets[0]?.namespace ?? 'kube-system';
    const [, kubectl, compare, sysctl, apply, patch, verify] = controlPlaneSteps;
    await context.step(kubectl, async () => {
      await runRemote(context, remote, ['kubectl', 'version'], { logStdout: true });
    });
    await context.step(compare, async () => requireAgreement(context, request.plan, await readClusterFacts(context, remote, namespace)));
    await context.step(sysctl, async () => {
      await runRemote(context, remote, ['sysctl', '-w', `${bridgeSetting}=1`], { logStdout: true });
      await runRemote(context, remote, ['tee', sysctlFile], { stdin: `# Written by Windows Node Wizard: flannel needs bridged traffic to pass iptables.\n${bridgeSetting} = 1\n`, logStdout: false });
      context.log('info', `${bridgeSetting} = 1 now and after reboots (${sysctlFile}).`);
    });
    await context.step(apply, async () => {
      for (const change of patched.changes) context.log('info', `manifest: ${change}`);
      await runRemote(context, remote, ['kubectl', 'apply', '-f', '-'], { stdin: patched.manifest, logStdout: true, timeoutMs: 120_000 });
    });
    await context.step(patch, async () => {
      for (const command of patched.kubectlPatches) await runRemote(context, remote, command.argv, { logStdout: true });
    });
    await context.step(verify, () => verifyFlannel(context, remote, patched, namespace, request.verifyTimeoutSeconds ?? 180));
  }
}
