import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/jobs/job-types.js';
import { nodeFactsFromLog } from './node-facts.js';

const line = (seq: number, text: string, stream: LogLine['stream'] = 'info'): LogLine => ({ seq, stream, text, time: '2024-01-01T00:00:00Z' });

describe('nodeFactsFromLog', () => {
  it('reads OS, kubelet and internal IP from the info lines', () => {
    const facts = nodeFactsFromLog([
      line(1, 'node win-node-1: NotReady (KubeletNotReady) — 0 s of 300 s'),
      line(2, 'Node win-node-1 is Ready.'),
      line(3, 'OS: windows (Windows Server 2019 Datacenter, kernel 10.0.17763.1)'),
      line(4, 'Kubelet: v1.29.0'),
      line(5, 'Internal IP: 10.0.0.6'),
    ]);
    expect(facts).toEqual({ os: 'windows (Windows Server 2019 Datacenter, kernel 10.0.17763.1)', kubelet: 'v1.29.0', internalIp: '10.0.0.6' });
  });

  it('ignores command output and leaves missing facts undefined', () => {
    expect(nodeFactsFromLog([line(1, 'OS: linux', 'stdout'), line(2, 'Internal IP: 10.0.0.6')])).toEqual({ internalIp: '10.0.0.6' });
  });
});
