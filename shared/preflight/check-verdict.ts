/**
 * The building blocks every check uses: a verdict (status, detail, fix, action) and the gate that turns a missing,
 * failed or unreadable probe into the same answer everywhere, so each rule only reads good output.
 */
import { redactTokens } from '../control-plane/token-list.js';
import type { ProbeOutcome } from './preflight-facts.js';
import type { PreflightAction, PreflightCheck } from './preflight-types.js';

export type Verdict = Omit<PreflightCheck, 'id' | 'title'>;

export const pass = (detail: string): Verdict => ({ status: 'pass', detail });
export const skip = (detail: string): Verdict => ({ status: 'skip', detail });
export const warn = (detail: string, fix: string, action?: PreflightAction): Verdict => ({ status: 'warn', detail, fix, ...(action ? { action } : {}) });
export const fail = (detail: string, fix: string, action?: PreflightAction): Verdict => ({ status: 'fail', detail, fix, ...(action ? { action } : {}) });

/** Probe output or an error, shown in a detail: one line, no token secret, and short enough to read. */
export function brief(text: string, max = 300): string {
  const line = redactTokens(text).replace(/\s+/g, ' ').trim();
  if (line === '') return '(nothing)';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Thrown by a rule that cannot read a probe's stdout; the gate reports it like a probe that failed. */
export class UnreadableOutput extends Error {
  constructor(what: string, stdout: string) {
    super(`${what}: ${brief(stdout, 200)}`);
  }
}

/** `True`/`False` as PowerShell prints a boolean; anything else is unreadable. */
export function readBoolean(stdout: string, what: string): boolean {
  const value = stdout.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UnreadableOutput(`${what} printed neither True nor False`, stdout);
}

export interface ProbeGate {
  /** What a failed or unreadable probe is: `fail` where not knowing blocks the run (administrator), else `warn`. */
  unknown: 'warn' | 'fail';
  /** How the operator finds out why by hand, e.g. a command to run on the node. */
  fix: string;
  /** The skip detail when the probe did not run. */
  notRun?: string;
}

/**
 * Runs a rule on a probe's stdout: a probe that did not run is a skip, one that failed (or printed what the rule
 * cannot read) is "could not check: …" with the gate's status and fix.
 */
export function fromProbe(outcome: ProbeOutcome | undefined, gate: ProbeGate, rule: (stdout: string) => Verdict): Verdict {
  if (outcome === undefined) return skip(gate.notRun ?? 'not checked: this probe did not run');
  if (!outcome.ok) return unknown(gate, outcome.error);
  try {
    return rule(outcome.stdout);
  } catch (error) {
    if (error instanceof UnreadableOutput) return unknown(gate, error.message);
    throw error;
  }
}

function unknown(gate: ProbeGate, why: string): Verdict {
  return { status: gate.unknown, detail: `could not check: ${brief(why)}`, fix: gate.fix };
}

/** A fix for a probe that failed: run it again, and by hand to see why. */
export const rerun = (command: string, target: string) =>
  `Run the check again; if it fails the same way, run \`${command}\` in an elevated PowerShell on ${target} to see why.`;
