import { describe, expect, it } from 'vitest';
import type { KubeClusterMode, KubeClusterStepEvent } from './kubecluster-events.js';
import { kubeClusterPhases, phaseStartedBy } from './kubecluster-phases.js';
import { KubeClusterOutputParser } from './parse-kubecluster-output.js';
import { installComplete, installEveryPhase } from './testing/install-transcripts.js';
import { joinSuccess } from './testing/join-transcripts.js';
import { resetComplete } from './testing/reset-transcript.js';

function steps(mode: KubeClusterMode, lines: readonly string[]): KubeClusterStepEvent[] {
  const parser = new KubeClusterOutputParser(mode);
  return lines.flatMap((line) => parser.feed(line)).filter((event): event is KubeClusterStepEvent => event.type === 'step');
}

describe('KubeCluster.ps1 phases', () => {
  it.each([
    ['install', installEveryPhase],
    ['join', joinSuccess],
    ['reset', resetComplete],
  ] as const)('-%s: every phase is detected, in order, with "step n of m"', (mode, lines) => {
    const phases = kubeClusterPhases[mode];
    expect(steps(mode, lines)).toEqual(phases.map((phase, i) => ({ type: 'step', id: phase.id, name: phase.name, index: i + 1, total: phases.length })));
  });

  it('skips phases a run does not go through, and the counter jumps past them', () => {
    const ids = steps('install', installComplete).map((step) => `${step.index}:${step.id}`);
    expect(ids).toEqual(['1:helpers', '2:config', '4:docker', '5:kubernetes', '6:cni', '7:ssh-key', '8:finish']);
  });

  it('has unique ids per mode, and a name for each', () => {
    for (const phases of Object.values(kubeClusterPhases)) {
      expect(new Set(phases.map((phase) => phase.id)).size).toBe(phases.length);
      for (const phase of phases) expect(phase.name.length).toBeGreaterThan(0);
    }
  });

  // The exact marker lines of kubecluster-messages.md, one row per way a phase can begin.
  it.each([
    ['install', 'Downloaded [https://raw.githubusercontent.com/Microsoft/SDN/master/Kubernetes/windows/hns.psm1] => [C:\\k\\hns.psm1]', 'helpers'],
    ['install', '[DownloadFile] File C:\\k\\hns.psm1 already exists.', 'helpers'],
    ['install', 'DownloadFile : Failed to download https://raw.githubusercontent.com/Microsoft/SDN/master/Kubernetes/windows/hns.psm1', 'helpers'],
    ['reset', 'User Input', 'config'],
    ['install', 'Continue to Reboot the host [Y/n] - Default [Y]: ', 'containers'],
    ['install', 'Restart is required; restarting now...', 'containers'],
    ['install', 'No infrastructure container image found. Pulling mcr.microsoft.com/k8s/core/pause:1.2.0', 'docker'],
    ['install', '[DownloadFile] File C:\\ProgramData\\Kubernetes/kubernetes-node-windows-amd64.tar.gz already exists.', 'kubernetes'],
    ['install', 'Downloading CNI binaries for l2bridge to C:\\ProgramData\\Kubernetes\\cni', 'cni'],
    ['install', 'Do you wish to generate a SSH Key & Add it to the Linux control-plane node [Y/n] - Default [Y]: ', 'ssh-key'],
    ['install', 'Generating SSH key', 'ssh-key'],
    ['join', 'Downloading Kubeconfig from 10.0.0.4:~/.kube/config to C:\\ProgramData\\Kubernetes\\config', 'kubeconfig'],
    ['join', 'Trying to connect to the Kubernetes control-plane node', 'connect'],
    ['join', 'Trying to connect to the Kubernetes master', 'connect'],
    ['join', 'Installing Kubelet Service', 'kubelet'],
    ['join', '[preflight] Running pre-flight checks', 'kubeadm-join'],
    ['join', 'Installing FlannelD Service', 'flannel'],
    ['join', 'Waiting for the Network (cbr0) to be created by flanneld', 'network'],
    ['join', 'Installing Kubeproxy Service', 'kube-proxy'],
    ['join', 'Node WIN-ABC123 successfully joined the cluster', 'verify'],
    ['reset', 'Error from server (NotFound): nodes "win-abc123" not found', 'delete-node'],
    ['reset', 'Cleaning up old HNS network found', 'hns-cleanup'],
    ['reset', 'Uninstalling Kubeproxy Service', 'kube-proxy'],
    ['reset', 'Uninstalling Kubelet Service', 'kubelet'],
    ['reset', '[reset] Stopping the kubelet service', 'kubeadm-reset'],
  ] as const)('-%s: %s → %s', (mode, line, id) => {
    const index = phaseStartedBy(mode, line.trim(), -1);
    expect(index === undefined ? undefined : kubeClusterPhases[mode][index]?.id).toBe(id);
  });

  it('never goes back to an earlier phase', () => {
    const parser = new KubeClusterOutputParser('join');
    parser.feed('Installing FlannelD Service');
    expect(parser.feed('Installing Kubelet Service')).toEqual([]);
    expect(parser.state().step?.id).toBe('flannel');
  });
});
