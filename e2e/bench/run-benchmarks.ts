/**
 * `npm run bench`: runs the benchmarks on this machine and writes BENCHMARKS.md (method, median of the runs,
 * min–max, the machine). Timing lives here, never in tests.
 *
 *   npm run bench                          all of them, ~5–8 minutes; writes BENCHMARKS.md
 *   npm run bench -- --only ssh,log --quick   some, with few runs and small sizes; prints, writes nothing
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildRenderer } from './bench-host.js';
import { logPipelineBenchmarks, logPipelineNotes } from './log-pipeline.bench.js';
import { formatValue, machineLine, median, tableRow, verdict, type Section } from './measure.js';
import { planValidationBenchmarks } from './plan-validation.bench.js';
import { remoteJoinBenchmarks } from './remote-joins.bench.js';
import { rendererBenchmarks } from './renderer.bench.js';
import { sshCommandBenchmarks } from './ssh-commands.bench.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
const runs = quick ? 2 : 5;

let rendererDir: Promise<string> | undefined;
const renderer = () => (rendererDir ??= buildRenderer());

const benchmarks: Array<{ key: string; title: string; run: () => Promise<Section> }> = [
  { key: 'log', title: 'Log pipeline, end to end', run: async () => ({ ...(await logPipelineBenchmarks({ rendererDir: await renderer(), runs, lines: quick ? 200_000 : 1_000_000, shortLines: quick ? 20_000 : 100_000 })), notes: logPipelineNotes }) },
  { key: 'ssh', title: 'Control-plane commands over SSH', run: () => sshCommandBenchmarks(quick ? 2 : 7) },
  {
    key: 'plan',
    title: 'Plan validation',
    run: async () => ({
      title: 'Plan validation',
      method:
        'validateIpPlan() called in a loop in one Node process: 100 warm-up calls, then 7 runs of 200 calls; each run gives the mean time per call. The plan has 5,000 nodes × 110 pods, a /8 cluster range, and 20 existing networks (plus the HNS network). This is the cost of one keystroke in the IP plan step.',
      measurements: planValidationBenchmarks(),
    }),
  },
  { key: 'renderer', title: 'Renderer weight and start', run: async () => rendererBenchmarks({ rendererDir: await renderer(), runs: quick ? 2 : 7 }) },
  { key: 'joins', title: 'Parallel remote joins', run: () => remoteJoinBenchmarks({ runs, nodes: 10, pacedLineDelayMs: 50 }) },
];

const startedAt = Date.now();
const loadAtStart = loadavg()[0]!;
const sections: Section[] = [];
for (const benchmark of benchmarks.filter((candidate) => only === undefined || only.includes(candidate.key))) {
  const load = loadavg()[0]!;
  console.log(`${benchmark.title}…`);
  try {
    const section = await benchmark.run();
    sections.push({ ...section, method: `${section.method} (Load average when it started: ${load.toFixed(1)}.)` });
  } catch (error) {
    // one broken benchmark must not cost the others' results
    console.error(error);
    sections.push({ title: benchmark.title, method: `**Failed:** ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, measurements: [] });
  }
  for (const m of sections.at(-1)!.measurements) console.log(`  ${m.name}: ${formatValue(median(m.runs), m.digits)} ${m.unit} ${verdict(m)}`);
}
const minutes = (Date.now() - startedAt) / 60_000;

const lines = [
  '# Benchmarks',
  '',
  `Measured with \`npm run bench\` (${minutes.toFixed(1)} minutes) on ${machineLine()}, ${new Date().toISOString().slice(0, 10)}. ` +
    `Load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end: the machine is shared, and other processes' work shows in the wall times, most in the longest-task and latency figures.`,
  '',
  'Each table gives the median of the runs, their min–max and their number. Ratios are computed per run from measurements taken side by side in the same run, and are the headline; absolute times are context. Timing lives here, never in the tests.',
  '',
  '## Targets',
  '',
  '| benchmark | measurement | median | target |',
  '|---|---|---|---|',
];
for (const section of sections) {
  for (const m of section.measurements.filter((candidate) => candidate.target !== undefined)) {
    lines.push(`| ${section.title} | ${m.name} | ${formatValue(median(m.runs), m.digits)} ${m.unit} | ${verdict(m)} |`);
  }
}
lines.push('');
for (const section of sections) {
  lines.push(`## ${section.title}`, '', section.method, '');
  if (section.measurements.length > 0) {
    lines.push('| measurement | median | min–max | runs | target |', '|---|---|---|---|---|');
    for (const measurement of section.measurements) lines.push(tableRow(measurement));
    lines.push('');
  }
  for (const note of section.notes ?? []) lines.push(note, '');
}

if (only === undefined && !quick) {
  writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
  console.log('Wrote BENCHMARKS.md');
} else {
  console.log(`\n${lines.join('\n')}\n(--only or --quick: BENCHMARKS.md left as it is)`);
}
