import { adminProbe } from '../../../../shared/powershell/preflight-commands.js';
import { kubeadmFolderProbe, prepareKubeadmFolderScript, SIG_WINDOWS_TOOLS_COMMIT } from '../../../../shared/powershell/kubecluster-commands.js';
import { evaluateKubeadmFolder } from '../../../../shared/windows-node/kubeadm-folder.js';
import { nodeJobOwnSteps } from '../../../../shared/windows-node/node-job-steps.js';
import { joinNodePath } from '../../../../shared/windows-node/node-paths.js';
import type { KubeadmSource, NodeWork } from '../../../../shared/windows-node/windows-target.js';
import { SshError } from '../../ssh/ssh-errors.js';
import type { WindowsShell } from '../../windows-node/windows-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';
import { runProbe } from './run-probe.js';

export async function connectToNode(context: JobContext, shell: WindowsShell): Promise<void> {
  if (!shell.remote) return;
  await context.step(nodeJobOwnSteps.connect, async () => {
    try {
      await shell.connect();
    } catch (error) {
      if (error instanceof SshError) throw new JobFailure(error.message);
      throw error;
    }
    context.log('info', `Connected to ${shell.label}; its host key matches the trusted one.`);
  });
}

/** Checked in the same kind of process the script will run in: a fresh PowerShell on the node. */
export async function requireAdministrator(context: JobContext, shell: WindowsShell): Promise<void> {
  await context.step(nodeJobOwnSteps.administrator, async () => {
    const outcome = await runProbe(context, shell, 'Is this PowerShell elevated?', adminProbe());
    if (!outcome.ok) throw new JobFailure(`Could not check administrator rights on ${shell.label}: ${outcome.error}`);
    if (outcome.stdout !== 'True') {
      throw new JobFailure(
        shell.remote
          ? `The SSH user on ${shell.label} is not an administrator there. Connect as a member of the Administrators group (Windows OpenSSH then runs its sessions elevated).`
          : 'PowerShell is not running as administrator. Relaunch the app as administrator, then run this again.',
      );
    }
    context.log('info', 'Running as administrator.');
  });
}

/** Downloads (or unpacks) the pinned sig-windows-tools kubeadm folder into the work folder. */
export async function prepareKubeadmFolder(context: JobContext, shell: WindowsShell, node: NodeWork, source: KubeadmSource): Promise<void> {
  if (source.type === 'folder') return;
  await context.step(nodeJobOwnSteps.prepare, async () => {
    const where = source.type === 'archive' ? `the archive ${source.archivePath}` : `sig-windows-tools at commit ${SIG_WINDOWS_TOOLS_COMMIT.slice(0, 7)} (the last with kubeadm/KubeCluster.ps1)`;
    context.log('info', `Preparing ${node.workDir} from ${where}.`);
    const script = prepareKubeadmFolderScript({
      workDir: joinNodePath(node.workDir, '.download'),
      destination: node.workDir,
      ...(source.type === 'archive' ? { archivePath: source.archivePath } : {}),
    });
    const outcome = await runProbe(context, shell, 'Download and unpack the kubeadm folder', script, 15 * 60_000);
    if (!outcome.ok) {
      throw new JobFailure(
        `Preparing the kubeadm folder failed: ${outcome.error}. ${source.type === 'download' ? 'The node needs HTTPS access to github.com (or copy the archive to the node and choose "archive already on the node").' : 'Check the archive path.'}`,
      );
    }
  });
}

/** Nothing runs from a folder that is not the kubeadm folder the app expects: checked by PowerShell's own parser. */
export async function verifyKubeadmFolder(context: JobContext, shell: WindowsShell, node: NodeWork): Promise<void> {
  await context.step(nodeJobOwnSteps.verifyFolder, async () => {
    const outcome = await runProbe(context, shell, `Check ${node.workDir}`, kubeadmFolderProbe(node.workDir));
    if (!outcome.ok) throw new JobFailure(`Could not check ${node.workDir}: ${outcome.error}`);
    const verdict = evaluateKubeadmFolder(outcome.stdout);
    if (!verdict.ok) throw new JobFailure(`${node.workDir} is not ready: ${verdict.problems.join(' ')}`);
    context.log('info', `KubeCluster.ps1 parses and takes the expected parameters (SHA-256 ${verdict.sha256}).`);
  });
}

/** The exact text the operator exported, as UTF-8 bytes, next to KubeCluster.ps1 (over SFTP for a remote node). */
export async function writeNodeConfig(context: JobContext, shell: WindowsShell, node: NodeWork, configText: string): Promise<string> {
  const path = joinNodePath(node.workDir, node.configFileName);
  await context.step(nodeJobOwnSteps.writeConfig, async () => {
    try {
      await shell.writeFile(path, configText);
    } catch (error) {
      if (error instanceof SshError) throw new JobFailure(error.message);
      throw new JobFailure(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    context.log('info', `Wrote ${path} (${Buffer.byteLength(configText)} bytes).`);
  });
  return path;
}
