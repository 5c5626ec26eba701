import { SshError } from '../../../ssh/ssh-errors.js';
import type { WindowsShell } from '../../../windows-node/windows-shell.js';
import { JobFailure, type JobContext } from '../../job-definition.js';

export interface ScriptOutcome {
  lines: string[];
  exitCode: number | null;
  connectionLost: boolean;
}

/**
 * Runs one of the modern method's long scripts on the node in a fresh PowerShell, every line to the log as it
 * arrives; the caller reads the outcome from the lines and the exit code (the scripts do not always fail loudly).
 */
export async function runNodeScript(context: JobContext, shell: WindowsShell, label: string, script: string, timeoutMs: number): Promise<ScriptOutcome> {
  context.log('info', `> ${label} (a new PowerShell process)`);
  const lines: string[] = [];
  let run;
  try {
    run = await shell.runScript(script, {
      signal: context.signal,
      timeoutMs,
      onLines: (stream, batch) => {
        for (const line of batch) {
          lines.push(line);
          context.log(stream, line);
        }
      },
    });
  } catch (error) {
    if (error instanceof SshError) throw new JobFailure(error.message);
    throw error;
  }
  if (run.cancelled) throw new JobFailure('Cancelled.');
  if (run.timedOut) throw new JobFailure(`${label} did not finish within ${Math.round(timeoutMs / 60_000)} minutes and was stopped.`);
  return { lines, exitCode: run.exitCode, connectionLost: run.connectionLost ?? false };
}
