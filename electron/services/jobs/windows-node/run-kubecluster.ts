import type { KubeClusterEvent, KubeClusterMode, KubeClusterVerdictEvent } from '../../../../shared/kubecluster/kubecluster-events.js';
import { kubeClusterPhases } from '../../../../shared/kubecluster/kubecluster-phases.js';
import { KubeClusterOutputParser } from '../../../../shared/kubecluster/parse-kubecluster-output.js';
import { kubeClusterScript } from '../../../../shared/powershell/kubecluster-commands.js';
import type { NodeWork } from '../../../../shared/windows-node/windows-target.js';
import { SshError } from '../../ssh/ssh-errors.js';
import type { WindowsShell } from '../../windows-node/windows-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';

/** Generous: install downloads Docker, images and binaries; a join waits for flanneld and the HNS network. */
export const kubeClusterTimeoutMs: Record<KubeClusterMode, number> = { install: 60 * 60_000, join: 30 * 60_000, reset: 15 * 60_000 };

export interface KubeClusterObserver {
  onStep?(step: { index: number; total: number; name: string }): void;
  /** The script says it restarts the machine now: whatever must survive the restart is saved here. */
  onReboot?(): void;
}

export interface KubeClusterOutcome {
  verdict: KubeClusterVerdictEvent;
  rebootRequired: boolean;
}

/**
 * Runs `KubeCluster.ps1 -ConfigFile … -<mode> -force` in a fresh PowerShell process on the node and reads the
 * outcome from its output (not only its exit code: `-join` exits 0 after a failed kubeadm join). Each phase the
 * output reveals becomes the job's step; phases the run never printed are marked skipped.
 */
export async function runKubeCluster(context: JobContext, shell: WindowsShell, node: NodeWork, mode: KubeClusterMode, observer: KubeClusterObserver = {}): Promise<KubeClusterOutcome> {
  const parser = new KubeClusterOutputParser(mode);
  const phases = kubeClusterPhases[mode];
  let current = -1;
  const apply = (events: KubeClusterEvent[]) => {
    for (const event of events) {
      if (event.type === 'step') {
        const index = event.index - 1;
        if (current >= 0) context.markStep(phases[current]!.name, 'succeeded');
        for (let skipped = current + 1; skipped < index; skipped++) context.markStep(phases[skipped]!.name, 'skipped');
        current = index;
        context.markStep(event.name, 'running');
        observer.onStep?.({ index: event.index, total: event.total, name: event.name });
      } else if (event.type === 'warning') {
        context.log('info', `Warning (${event.code}): ${event.message}`);
      } else if (event.type === 'error') {
        context.log('info', `Problem (${event.code}): ${event.message} Fix: ${event.fix}`);
      } else if (event.type === 'reboot-required') {
        context.log('info', 'The script restarts the machine to finish enabling the Containers feature; the app saved where the install stopped.');
        observer.onReboot?.();
      }
    }
  };
  const script = kubeClusterScript({ dir: node.workDir, configFile: node.configFileName, mode });
  context.log('info', `> ${node.workDir}\\KubeCluster.ps1 -ConfigFile ${node.configFileName} -${mode} -force (a new PowerShell process)`);
  let run;
  try {
    run = await shell.runScript(script, {
      signal: context.signal,
      timeoutMs: kubeClusterTimeoutMs[mode],
      onLines: (stream, lines) => {
        for (const line of lines) {
          context.log(stream, line);
          apply(parser.feed(line));
        }
      },
    });
  } catch (error) {
    if (error instanceof SshError) throw new JobFailure(error.message);
    throw error;
  }
  if (run.cancelled) throw new JobFailure('Cancelled.');
  if (run.timedOut) throw new JobFailure(`KubeCluster.ps1 -${mode} did not finish within ${kubeClusterTimeoutMs[mode] / 60_000} minutes and was stopped.`);
  apply(parser.finish(run.exitCode));
  const state = parser.state();
  const verdict = state.verdict!;
  if (current >= 0) context.markStep(phases[current]!.name, verdict.outcome === 'success' ? 'succeeded' : 'failed');
  // After a restart the script's scheduled task runs the remaining phases, so they stay pending, not skipped.
  if (verdict.outcome === 'success' && !state.rebootRequired) for (let rest = current + 1; rest < phases.length; rest++) context.markStep(phases[rest]!.name, 'skipped');
  const exit = run.connectionLost ? 'the connection dropped' : `exit code ${run.exitCode ?? 'none'}`;
  context.log('info', `KubeCluster.ps1 -${mode} ended (${exit}): ${verdict.outcome === 'success' ? 'success' : 'failure'}, ${verdict.code}: ${verdict.message}`);
  return { verdict, rebootRequired: state.rebootRequired };
}
