/**
 * `npm run bench`: runs the benchmarks on this machine and writes BENCHMARKS.md (method, median of the runs,
 * min–max, the machine). Timing lives here, never in tests.
 */
import { writeFileSync } from 'node:fs';
import { machineLine, median, tableRow, type Measurement } from './measure.js';
import { planValidationBenchmarks } from './plan-validation.bench.js';

const sections: Array<{ title: string; method: string; measurements: Measurement[] }> = [
  {
    title: 'Plan validation',
    method:
      'validateIpPlan() called in a loop in one Node process: 100 warm-up calls, then 7 runs of 200 calls; each run gives the mean time per call. The plan has 5,000 nodes × 110 pods, a /8 cluster range, and 20 existing networks (plus the HNS network). This is the cost of one keystroke in the IP plan step.',
    measurements: planValidationBenchmarks(),
  },
];

const lines = ['# Benchmarks', '', `Measured with \`npm run bench\` on ${machineLine()}, ${new Date().toISOString().slice(0, 10)}.`, ''];
for (const section of sections) {
  lines.push(`## ${section.title}`, '', section.method, '', '| measurement | median | min–max | runs | target |', '|---|---|---|---|---|');
  for (const measurement of section.measurements) lines.push(tableRow(measurement));
  lines.push('');
}
writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
for (const section of sections) {
  for (const m of section.measurements) console.log(`${m.name}: median ${median(m.runs).toFixed(3)} ${m.unit} (${m.runs.length} runs)`);
}
console.log('Wrote BENCHMARKS.md');
