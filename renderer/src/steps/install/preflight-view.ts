import type { PreflightReport, PreflightStatus } from '../../../../shared/preflight/preflight-types.js';

/** The word for each status: it is always shown beside the icon, so colour is never the only signal. */
export const preflightStatusWords: Record<PreflightStatus, string> = { pass: 'Pass', warn: 'Warning', fail: 'Fail', skip: 'Skipped' };

export interface PreflightSummary {
  counts: Record<PreflightStatus, number>;
  severity: 'success' | 'warning' | 'error';
  text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line over the checklist: what failed first, then warnings, then what was skipped and why it may matter. */
export function summarizePreflight(report: PreflightReport): PreflightSummary {
  const counts: Record<PreflightStatus, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const check of report.checks) counts[check.status]++;
  const skipped = counts.skip > 0 ? ` ${plural(counts.skip, 'check')} skipped.` : '';
  if (counts.fail > 0) {
    const warned = counts.warn > 0 ? `, ${plural(counts.warn, 'warning')}` : '';
    return { counts, severity: 'error', text: `${plural(counts.fail, 'check')} failed${warned}: fix ${counts.fail === 1 ? 'it' : 'them'} before install or join.${skipped}` };
  }
  if (counts.warn > 0) return { counts, severity: 'warning', text: `No check failed; ${plural(counts.warn, 'warning')} to read before you go on.${skipped}` };
  return { counts, severity: 'success', text: `All ${plural(counts.pass, 'check')} passed.${skipped}` };
}

/** "2 fail, 1 warn" for the remote summary table. */
export function shortPreflightSummary(report: PreflightReport): string {
  const { counts } = summarizePreflight(report);
  const parts = (['fail', 'warn', 'pass', 'skip'] as const).filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${preflightStatusWords[status].toLowerCase()}`);
  return parts.join(', ') || 'no checks';
}
