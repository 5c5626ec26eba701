import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { chromiumLaunchOptions } from '../../playwright.config.js';

export interface Measurement {
  name: string;
  unit: string;
  runs: number[];
  /** The target as written in the issue, e.g. `≤ 0.3×`. */
  target?: string;
  /** Whether the median meets the target; shown as "met" or "missed" after it. */
  meets?: (median: number) => boolean;
  /** Decimals shown; default 3. */
  digits?: number;
}

/** One benchmark's part of BENCHMARKS.md. */
export interface Section {
  title: string;
  method: string;
  measurements: Measurement[];
  /** Findings: a missed target's cause and fix, before/after numbers. Markdown paragraphs. */
  notes?: string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `iterations` times per run, `runs` times, after a warm-up; returns the mean per call of each run, in ms. */
export function timePerCall(work: () => unknown, options: { runs: number; iterations: number; warmup: number }): number[] {
  for (let i = 0; i < options.warmup; i++) work();
  const results: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < options.iterations; i++) work();
    results.push(Number(process.hrtime.bigint() - started) / 1e6 / options.iterations);
  }
  return results;
}

/** Wall time of one async call, in ms. */
export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Per-run ratios of two series measured side by side (run i of `a` over run i of `b`). */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, i) => value / b[i]!);
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumLaunchOptions.executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium not found';
  }
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${chromiumVersion()}, ${process.platform}`;
}

export function formatValue(value: number, digits = 3): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function verdict(m: Measurement): string {
  if (m.meets === undefined) return m.target ?? '';
  return `${m.target ?? ''} — ${m.meets(median(m.runs)) ? 'met' : '**missed**'}`;
}

export function tableRow(m: Measurement): string {
  const fmt = (value: number) => formatValue(value, m.digits);
  return `| ${m.name} | ${fmt(median(m.runs))} ${m.unit} | ${fmt(Math.min(...m.runs))}–${fmt(Math.max(...m.runs))} ${m.unit} | ${m.runs.length} | ${verdict(m)} |`;
}
