import { describe, expect, it } from 'vitest';
import type { PreflightCheck, PreflightReport } from '../../../../shared/preflight/preflight-types.js';
import { shortPreflightSummary, summarizePreflight } from './preflight-view.js';

const check = (id: PreflightCheck['id'], status: PreflightCheck['status']): PreflightCheck => ({ id, title: id, status, detail: '' });
const report = (...checks: PreflightCheck[]): PreflightReport => ({ checks, adapters: [] });

describe('summarizePreflight', () => {
  it('puts failures first', () => {
    const summary = summarizePreflight(report(check('administrator', 'fail'), check('kb4489899', 'warn'), check('windows-build', 'pass'), check('control-plane-api', 'skip')));
    expect(summary.severity).toBe('error');
    expect(summary.text).toBe('1 check failed, 1 warning: fix it before install or join. 1 check skipped.');
    expect(summary.counts).toEqual({ pass: 1, warn: 1, fail: 1, skip: 1 });
  });

  it('reads warnings and all-pass reports', () => {
    expect(summarizePreflight(report(check('kb4489899', 'warn'), check('interface', 'warn'))).text).toBe('No check failed; 2 warnings to read before you go on.');
    expect(summarizePreflight(report(check('administrator', 'pass'))).severity).toBe('success');
    expect(summarizePreflight(report(check('administrator', 'pass'))).text).toBe('All 1 check passed.');
  });

  it('gives a short form for the summary table', () => {
    expect(shortPreflightSummary(report(check('administrator', 'fail'), check('interface', 'fail'), check('windows-build', 'pass')))).toBe('2 fail, 1 pass');
    expect(shortPreflightSummary(report())).toBe('no checks');
  });
});
