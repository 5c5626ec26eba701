import { maxLogBytesPerBundle, maxLogBytesPerJob, type BundleNotes } from './collect-entries.js';
import { redactedMark } from './bundle-redaction.js';

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/** Says what each kind of entry holds, so support knows where to look. */
function describeEntry(name: string): string {
  if (name === 'app-info.json') return 'app name, version, platform, architecture, elevation and transport (as app.info reports them)';
  if (name === 'plan.json') return 'the plan as last saved, secrets redacted';
  if (name === 'node-progress.json') return "where each Windows node's last install, join or reset got to";
  if (name.startsWith('results/')) return "a finished job's findings (preflight report, detected cluster)";
  if (name.endsWith('.json')) return "a job's summary: kind, state, steps, times, message";
  if (name.endsWith('.log')) return "a job's log: time, stream (stdout, stderr, info) and text, one line each";
  if (name.endsWith('.steps')) return "a job's step marks: the log line each step started at";
  return '';
}

/** README.txt: what is inside, what was redacted, and what was left out or shortened. */
export function bundleReadme(entries: readonly string[], notes: BundleNotes, createdAt: Date): string {
  const lines = [
    'Windows Node Wizard — diagnostics bundle',
    `Created ${createdAt.toISOString()}. Attach this zip to a support ticket.`,
    '',
    'What is inside',
    ...entries.map((name) => `  ${name}${describeEntry(name) ? ` — ${describeEntry(name)}` : ''}`),
    '',
    'What was redacted',
    `  - The plan's secrets (kubeadm token and CA hash) read "${redactedMark}"; an empty one stays empty.`,
    `  - Every other field whose name looks secret (token, hash, password, passphrase, secret, credential,`,
    `    private key) reads "${redactedMark}", in the plan and in every other file here.`,
    '  - In all text: every secret the app learned this session (fetched tokens, typed passwords and',
    '    passphrases) reads [REDACTED]; kubeadm bootstrap tokens, CA cert hashes and private key blocks read',
    '    [REDACTED-TOKEN], sha256:[REDACTED-CA-HASH] and [REDACTED-PRIVATE-KEY], even where the app never saw them.',
    '  - Logs were already redacted when written; they were redacted again for this bundle.',
    '  - Passwords and passphrases are never saved by the app, so they are in no file here.',
    '  - Fetched join credentials (a job result that is only secrets) are left out.',
  ];
  const limits = [
    ...(notes.planProblem ? [`  - Plan: ${notes.planProblem}`] : []),
    ...notes.cutLogs.map(({ jobId, cutBytes }) => `  - jobs/${jobId}.log: the first ${mib(cutBytes)} were left out (each log keeps its last ${mib(maxLogBytesPerJob)}).`),
    ...(notes.logsLeftOut.length > 0
      ? [`  - Logs of older jobs left out (all logs together are kept under ${mib(maxLogBytesPerBundle)}): ${notes.logsLeftOut.join(', ')}.`]
      : []),
    ...(notes.resultsLeftOut.length > 0 ? [`  - Results left out because they hold only secrets: ${notes.resultsLeftOut.join(', ')}.`] : []),
  ];
  if (limits.length > 0) lines.push('', 'Left out or shortened', ...limits);
  return `${lines.join('\n')}\n`;
}
