import type { ProbeOutcome } from '../../../../shared/preflight/preflight-facts.js';
import { SshError } from '../../ssh/ssh-errors.js';
import type { WindowsShell } from '../../windows-node/windows-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';

/**
 * Runs one read-only probe script on the node and returns what it printed. The label and the output go to the
 * log (probes print facts, never secrets); a non-zero exit becomes a failed outcome with PowerShell's own error.
 */
export async function runProbe(context: JobContext, shell: WindowsShell, label: string, script: string, timeoutMs = 60_000): Promise<ProbeOutcome> {
  context.log('info', `> ${label}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  let run;
  try {
    run = await shell.runScript(script, {
      signal: context.signal,
      timeoutMs,
      onLines: (stream, lines) => {
        (stream === 'stdout' ? stdout : stderr).push(...lines);
        for (const line of lines) context.log(stream, line);
      },
    });
  } catch (error) {
    if (error instanceof SshError) throw new JobFailure(error.message);
    throw error;
  }
  if (run.cancelled) throw new JobFailure('Cancelled.');
  if (run.timedOut) return { ok: false, error: `no answer within ${Math.round(timeoutMs / 1000)} s` };
  if (run.exitCode !== 0) {
    const reason = stderr.find((line) => line.trim() !== '') ?? `exit code ${run.exitCode ?? 'unknown'}`;
    return { ok: false, error: reason.trim() };
  }
  return { ok: true, stdout: stdout.join('\n').trim() };
}
