import { describe, expect, it } from 'vitest';
import { evaluateModernChecks } from './modern-checks.js';

const ok = (stdout: string) => ({ ok: true as const, stdout });
const statusOf = (checks: ReturnType<typeof evaluateModernChecks>) => Object.fromEntries(checks.map((check) => [check.id, check.status]));

describe('the modern method’s preflight checks', () => {
  it('pass on a prepared node', () => {
    const checks = evaluateModernChecks({ containerd: ok('True'), kubeletService: ok('Stopped'), kubeletPort: ok('{"firewallEnabled":true,"allowRules":["kubelet"]}') }, 'win-1');
    expect(statusOf(checks)).toEqual({ containerd: 'pass', 'kubelet-service': 'pass', 'kubelet-port': 'pass' });
    expect(checks[2]!.detail).toContain('"kubelet"');
  });

  it('warn before install, naming the step that adds each piece', () => {
    const checks = evaluateModernChecks({ containerd: ok('False'), kubeletService: ok('missing'), kubeletPort: ok('{"firewallEnabled":true,"allowRules":[]}') }, 'win-1');
    expect(statusOf(checks)).toEqual({ containerd: 'warn', 'kubelet-service': 'warn', 'kubelet-port': 'warn' });
    expect(checks[0]!.fix).toMatch(/Install-Containerd\.ps1/);
    expect(checks[1]!.fix).toMatch(/PrepareNode\.ps1/);
    expect(checks[2]!.fix).toMatch(/LocalPort 10250/);
  });

  it('a probe that did not run is skipped; one that failed or printed nonsense is a warning', () => {
    const checks = evaluateModernChecks({ containerd: { ok: false, error: 'Access denied' }, kubeletPort: ok('garbage') }, 'win-1');
    expect(statusOf(checks)).toEqual({ containerd: 'warn', 'kubelet-service': 'skip', 'kubelet-port': 'warn' });
    expect(checks[0]!.detail).toMatch(/could not check/);
  });
});
