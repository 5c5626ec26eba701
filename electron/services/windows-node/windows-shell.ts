import type { OutputStream } from '../process/process-runner.js';

/** How this machine starts Windows PowerShell: `powershell.exe`, or (in tests) a simulation of it. */
export interface PowerShellLauncher {
  command: string;
  /** Arguments before PowerShell's own (a simulation's script path); empty for the real powershell.exe. */
  prefixArgs: readonly string[];
}

export interface ScriptOptions {
  onLines(stream: OutputStream, lines: string[]): void;
  signal: AbortSignal;
  timeoutMs?: number;
}

export interface ScriptRun {
  /** Null when no code came back: cancelled, timed out, or (remote) the node went away, e.g. to reboot. */
  exitCode: number | null;
  cancelled: boolean;
  timedOut: boolean;
  /** Remote only: the connection dropped while the script ran (a reboot does this); its outcome is unknown. */
  connectionLost?: boolean;
}

/**
 * A Windows node as the jobs see it: every script runs in a fresh Windows PowerShell process, whether on this
 * machine or over SSH, and files are written to it as exact bytes.
 */
export interface WindowsShell {
  readonly label: string;
  readonly remote: boolean;
  /** Connects (remote) so that host-key and authentication problems show as their own step. */
  connect(): Promise<void>;
  runScript(script: string, options: ScriptOptions): Promise<ScriptRun>;
  writeFile(path: string, content: string): Promise<void>;
}
