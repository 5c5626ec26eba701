import type { KubeClusterErrorEvent, KubeClusterEvent, KubeClusterMode, KubeClusterStepEvent, KubeClusterVerdictEvent, KubeClusterWarningEvent } from './kubecluster-events.js';
import { failureRules } from './kubecluster-failures.js';
import { cleanLine, isErrorFrame, isErrorPosition } from './kubecluster-line.js';
import { notReadyRow, rebootPatterns, successSignals, warningRules } from './kubecluster-notices.js';
import { kubeClusterPhases, phaseStartedBy } from './kubecluster-phases.js';
import { finalVerdict, sameVerdict } from './kubecluster-verdict.js';

export interface KubeClusterParseState {
  mode: KubeClusterMode;
  step: KubeClusterStepEvent | undefined;
  /** 0…1 for a determinate progress bar: the share of phases before the current one, 1 once succeeded. */
  progress: number;
  warnings: readonly KubeClusterWarningEvent[];
  errors: readonly KubeClusterErrorEvent[];
  rebootRequired: boolean;
  /** What the output alone says while the script runs; the final verdict once `finish` was called. */
  verdict: KubeClusterVerdictEvent | undefined;
  finished: boolean;
}

/**
 * Reads KubeCluster.ps1 output line by line (or in arbitrary chunks) and reports steps, warnings, errors
 * and the verdict as they happen. The exit code alone is not enough: `-join` exits 0 after a failed
 * `kubeadm join`, and `-install` exits 0 after a failed extraction, so the verdict comes from both.
 */
export class KubeClusterOutputParser {
  private phase = -1;
  private step: KubeClusterStepEvent | undefined;
  private partial = '';
  private readonly seen = new Set<string>();
  private readonly warnings: KubeClusterWarningEvent[] = [];
  private readonly errors: KubeClusterErrorEvent[] = [];
  /** Errors since the current step began, and whether each only summarises (see FailureRule.summary). */
  private stepErrors: Array<{ error: KubeClusterErrorEvent; summary: boolean }> = [];
  private rebootRequired = false;
  private outputVerdict: KubeClusterVerdictEvent | undefined;
  private verdict: KubeClusterVerdictEvent | undefined;
  /** The last line no rule explained; if an error-record frame follows, it was that record's message. */
  private unexplained: string | undefined;
  private lastUnknownError: string | undefined;
  private readonly notReady = new Set<string>();

  constructor(readonly mode: KubeClusterMode) {}

  /** Text as it arrives: lines may be split across chunks, so an unfinished last line waits. */
  push(chunk: string): KubeClusterEvent[] {
    const pieces = (this.partial + chunk).split('\n');
    this.partial = pieces.pop() ?? '';
    return pieces.flatMap((line) => this.feed(line));
  }

  feed(rawLine: string): KubeClusterEvent[] {
    const text = cleanLine(rawLine);
    if (text === '' || this.verdict) return [];
    const events: KubeClusterEvent[] = [];
    if (isErrorFrame(text)) {
      if (isErrorPosition(text) && this.unexplained !== undefined) {
        this.lastUnknownError = this.unexplained;
        this.warn(events, { type: 'warning', code: 'POWERSHELL_ERROR', message: this.unexplained });
      }
      this.unexplained = undefined;
      return events;
    }
    this.enterPhase(events, text);
    const explained = this.matchFailure(events, text) || this.matchWarning(events, text) || this.matchSignals(events, text);
    this.unexplained = explained ? undefined : text;
    return events;
  }

  /** The run ended: `exitCode` null means no code came back (the connection dropped, or the node restarted). */
  finish(exitCode: number | null): KubeClusterEvent[] {
    const events = this.feed(this.partial);
    this.partial = '';
    if (this.verdict) return events;
    const cause = this.cause() ?? this.errors[0];
    const verdict = finalVerdict({ mode: this.mode, exitCode, outputVerdict: this.outputVerdict, cause, lastUnknownError: this.lastUnknownError });
    if (!sameVerdict(verdict, this.outputVerdict)) events.push(verdict);
    this.verdict = verdict;
    return events;
  }

  state(): KubeClusterParseState {
    const verdict = this.verdict ?? this.outputVerdict;
    const total = kubeClusterPhases[this.mode].length;
    const progress = verdict?.outcome === 'success' ? 1 : Math.max(0, this.phase) / total;
    return {
      mode: this.mode,
      step: this.step,
      progress,
      warnings: [...this.warnings],
      errors: [...this.errors],
      rebootRequired: this.rebootRequired,
      verdict,
      finished: this.verdict !== undefined,
    };
  }

  private enterPhase(events: KubeClusterEvent[], text: string): void {
    const index = phaseStartedBy(this.mode, text, this.phase);
    const phase = index === undefined ? undefined : kubeClusterPhases[this.mode][index];
    if (index === undefined || !phase) return;
    this.phase = index;
    this.stepErrors = [];
    this.step = { type: 'step', id: phase.id, name: phase.name, index: index + 1, total: kubeClusterPhases[this.mode].length };
    events.push(this.step);
  }

  private matchFailure(events: KubeClusterEvent[], text: string): boolean {
    for (const rule of failureRules) {
      if (rule.modes && !rule.modes.includes(this.mode)) continue;
      const match = rule.pattern.exec(text);
      if (!match) continue;
      const error: KubeClusterErrorEvent = {
        type: 'error',
        code: rule.code,
        message: rule.message?.(match) ?? text,
        fix: typeof rule.fix === 'string' ? rule.fix : rule.fix(match),
        terminal: rule.terminal ?? false,
      };
      // Retry loops (kubeadm discovery) repeat the same line: one event is enough.
      if (this.once(`error ${error.code} ${error.message}`)) {
        this.errors.push(error);
        this.stepErrors.push({ error, summary: rule.summary ?? false });
        events.push(error);
      }
      const cause = this.cause() ?? error;
      if (error.terminal && !this.outputVerdict) {
        this.outputVerdict = { type: 'verdict', outcome: 'failure', code: cause.code, message: cause.message, fix: cause.fix };
        events.push(this.outputVerdict);
      }
      return true;
    }
    return false;
  }

  private matchWarning(events: KubeClusterEvent[], text: string): boolean {
    for (const rule of warningRules) {
      if (rule.modes && !rule.modes.includes(this.mode)) continue;
      const match = rule.pattern.exec(text);
      if (!match) continue;
      this.warn(events, { type: 'warning', code: rule.code, message: rule.message(match) });
      return true;
    }
    return false;
  }

  private matchSignals(events: KubeClusterEvent[], text: string): boolean {
    let explained = false;
    if (this.mode === 'install' && rebootPatterns.some((pattern) => pattern.test(text))) {
      explained = true;
      if (!this.rebootRequired) events.push({ type: 'reboot-required' });
      this.rebootRequired = true;
    }
    const row = this.step?.id === 'verify' ? notReadyRow.exec(text) : null;
    if (row?.[1]) this.notReady.add(row[1].toLowerCase());
    for (const signal of successSignals) {
      const match = signal.mode === this.mode ? signal.pattern.exec(text) : null;
      if (!match) continue;
      const host = this.mode === 'join' ? (match[1] ?? '') : '';
      if (this.notReady.has(host.toLowerCase())) {
        const message = `Node ${host} joined but reports NotReady: its network may still be starting. If it stays NotReady, read the flanneld and kubelet logs.`;
        this.warn(events, { type: 'warning', code: 'NODE_NOT_READY', message });
      }
      if (!this.outputVerdict) {
        const code = signal.code === 'INSTALLED' && this.rebootRequired ? 'REBOOT_REQUIRED' : signal.code;
        this.outputVerdict = { type: 'verdict', outcome: 'success', code, message: signal.message(match, this.rebootRequired) };
        events.push(this.outputVerdict);
      }
      return true;
    }
    return explained || row !== null;
  }

  private warn(events: KubeClusterEvent[], warning: KubeClusterWarningEvent): void {
    if (!this.once(`warning ${warning.code} ${warning.message}`)) return;
    this.warnings.push(warning);
    events.push(warning);
  }

  /** What the verdict reports: the first error of the step that says why, else the step's first error. */
  private cause(): KubeClusterErrorEvent | undefined {
    return (this.stepErrors.find((entry) => !entry.summary) ?? this.stepErrors[0])?.error;
  }

  /** True the first time a key is seen. */
  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/** The final verdict of a whole run: the output read in full, combined with the exit code. */
export function verdictFromOutput(mode: KubeClusterMode, lines: Iterable<string>, exitCode: number | null): KubeClusterVerdictEvent {
  const parser = new KubeClusterOutputParser(mode);
  for (const line of lines) parser.feed(line);
  parser.finish(exitCode);
  const { verdict } = parser.state();
  if (!verdict) throw new Error('finish() always sets a verdict');
  return verdict;
}
