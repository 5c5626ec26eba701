import { cpus, totalmem } from 'node:os';

export interface Measurement {
  name: string;
  unit: string;
  runs: number[];
  target?: string;
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

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}`;
}

export function tableRow(m: Measurement): string {
  const fmt = (value: number) => value.toFixed(3);
  return `| ${m.name} | ${fmt(median(m.runs))} ${m.unit} | ${fmt(Math.min(...m.runs))}–${fmt(Math.max(...m.runs))} ${m.unit} | ${m.runs.length} | ${m.target ?? ''} |`;
}
