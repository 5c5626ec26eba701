import { describe, expect, it } from 'vitest';
import type { KubeClusterEvent, KubeClusterMode } from './kubecluster-events.js';
import { KubeClusterOutputParser } from './parse-kubecluster-output.js';
import { installRebooting } from './testing/install-transcripts.js';
import { joinSuccess, joinedLine, nodesNotReady, nodesReady } from './testing/join-transcripts.js';
import { noiseLines } from './testing/noise.js';
import { preamble, throwRecord } from './testing/preamble.js';

const esc = String.fromCharCode(0x1b);
const bel = String.fromCharCode(0x07);

function feedAll(mode: KubeClusterMode, lines: readonly string[]): KubeClusterEvent[] {
  const parser = new KubeClusterOutputParser(mode);
  return lines.flatMap((line) => parser.feed(line));
}

const codes = (events: KubeClusterEvent[]) => events.flatMap((event) => ('code' in event ? [`${event.type}:${event.code}`] : [event.type]));

describe('KubeClusterOutputParser', () => {
  it.each(['install', 'join', 'reset'] as const)('-%s: ignores the noise lines of a run', (mode) => {
    expect(feedAll(mode, noiseLines)).toEqual([]);
  });

  // Warnings from the exact texts of the transcripts (PowerShell and Windows messages in their usual form).
  it.each([
    ['join', '\t[WARNING SystemVerification]: this Docker version is not on the list of validated versions: 19.03.5. Latest validated version: 19.03', 'KUBEADM_PREFLIGHT_WARNING'],
    ['join', 'Get-NetIPAddress : No matching MSFT_NetIPAddress objects found by CIM query for instances of the ROOT/StandardCimv2/MSFT_NetIPAddress class on the  CIM server', 'INTERFACE_NO_IPV4'],
    ['join', "New-Service : Service 'kubelet (kubelet)' cannot be created due to the following error: The specified service already exists", 'SERVICE_ALREADY_EXISTS'],
    ['reset', '[SC] OpenService FAILED 1060:', 'SERVICE_NOT_REMOVED'],
    ['install', "Execute the below commands on the Linux control-plane node (10.0.0.4) to add this Windows node's public key to its authorized keys", 'SSH_KEY_NOT_AUTHORIZED'],
    ['reset', 'Unable to connect to the server: dial tcp 10.0.0.4:6443: connectex: No connection could be made because the target machine actively refused it.', 'NODE_NOT_REMOVED'],
  ] as const)('-%s: %s → %s', (mode, line, code) => {
    expect(feedAll(mode, [line]).filter((event) => event.type === 'warning')).toEqual([{ type: 'warning', code, message: expect.any(String) }]);
  });

  it('warns when the joined node is NotReady in the final table, and still reports the join', () => {
    const lines = [...joinSuccess.slice(0, -(nodesReady.length + 1)), ...nodesNotReady, joinedLine];
    expect(codes(feedAll('join', lines)).filter((code) => code !== 'step')).toEqual(['warning:KUBEADM_PREFLIGHT_WARNING', 'warning:NODE_NOT_READY', 'verdict:JOINED']);
  });

  it('keeps the message of an unknown PowerShell error record, once, without its frame', () => {
    const events = feedAll('join', [...preamble, ...throwRecord('You cannot call a method on a null-valued expression.', 401)]);
    expect(events.filter((event) => event.type !== 'step')).toEqual([{ type: 'warning', code: 'POWERSHELL_ERROR', message: 'You cannot call a method on a null-valued expression.' }]);
  });

  it('strips ANSI colour, cursor and title sequences before matching', () => {
    const lines = [
      `${esc}]0;Administrator: Windows PowerShell${bel}${esc}[?25lInstalling Kubelet Service${esc}[?25h`,
      `${esc}[31;1mKubelet failed to bootstrap${esc}[0m`,
    ];
    expect(codes(feedAll('join', lines))).toEqual(['step', 'error:KUBELET_BOOTSTRAP_FAILED', 'verdict:KUBELET_BOOTSTRAP_FAILED']);
    expect(codes(feedAll('join', [`${esc}[32mNode WIN-1 successfully joined the cluster${esc}[0m`]))).toEqual(['step', 'verdict:JOINED']);
  });

  it('tolerates stray carriage returns: trailing, doubled, or a line redrawn in place', () => {
    const lines = ['Installing FlannelD Service\r', 'config   12%\rconfig   100% 5444   5.3KB/s   00:00\r', 'Waiting for the Network (vxlan0) to be created by flanneld\r\r'];
    expect(feedAll('join', lines).map((event) => (event.type === 'step' ? event.id : event.type))).toEqual(['flannel', 'network']);
  });

  it('reports the failure as soon as -join gives up, though the script exits 0', () => {
    const parser = new KubeClusterOutputParser('join');
    const events = [...preamble, ...throwRecord('Kubelet failed to bootstrap')].flatMap((line) => parser.feed(line));
    expect(events.at(-1)).toMatchObject({ type: 'verdict', outcome: 'failure', code: 'KUBELET_BOOTSTRAP_FAILED' });
    expect(parser.finish(0)).toEqual([]);
    expect(parser.state()).toMatchObject({ finished: true, verdict: { outcome: 'failure' } });
  });

  it('emits the reboot once, and the install verdict before the exit code arrives', () => {
    const parser = new KubeClusterOutputParser('install');
    const events = installRebooting.flatMap((line) => parser.feed(line));
    expect(codes(events).filter((code) => code !== 'step')).toEqual(['reboot-required', 'verdict:REBOOT_REQUIRED']);
    expect(parser.finish(null)).toEqual([]);
    expect(parser.state()).toMatchObject({ rebootRequired: true, progress: 1, verdict: { outcome: 'success', code: 'REBOOT_REQUIRED' } });
  });

  it('overrides an early success when the exit code says otherwise', () => {
    const parser = new KubeClusterOutputParser('join');
    joinSuccess.forEach((line) => parser.feed(line));
    expect(parser.finish(1)).toEqual([expect.objectContaining({ type: 'verdict', outcome: 'failure', code: 'SCRIPT_FAILED' })]);
  });

  it('tracks the step and a determinate progress', () => {
    const parser = new KubeClusterOutputParser('join');
    expect(parser.state()).toMatchObject({ step: undefined, progress: 0, finished: false });
    const half = joinSuccess.indexOf('Installing FlannelD Service');
    joinSuccess.slice(0, half + 1).forEach((line) => parser.feed(line));
    expect(parser.state()).toMatchObject({ step: { id: 'flannel', index: 7, total: 10 }, progress: 0.6 });
    joinSuccess.slice(half + 1).forEach((line) => parser.feed(line));
    parser.finish(0);
    expect(parser.state()).toMatchObject({ progress: 1, finished: true, verdict: { code: 'JOINED' } });
    expect(parser.feed('Kubelet failed to bootstrap')).toEqual([]);
  });

  it('assembles lines split across chunks, and flushes an unterminated last line at the end', () => {
    const parser = new KubeClusterOutputParser('join');
    expect(parser.push('Installing Kub')).toEqual([]);
    expect(parser.push('elet Service\r')).toEqual([]);
    expect(codes(parser.push('\nNode WIN-1 successfully'))).toEqual(['step']);
    parser.push(' joined the cluster');
    expect(codes(parser.finish(0))).toEqual(['step', 'verdict:JOINED']);
  });
});
