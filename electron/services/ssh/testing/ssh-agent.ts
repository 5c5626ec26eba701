/** Test helper: a real, throwaway ssh-agent holding one key, for agent authentication tests. */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const AGENT = '/usr/bin/ssh-agent';
const ADD = '/usr/bin/ssh-add';

export function sshAgentAvailable(): boolean {
  return existsSync(AGENT) && existsSync(ADD);
}

export interface TestAgent {
  socket: string;
  stop(): Promise<void>;
}

/** Starts `ssh-agent -D` (foreground, so we own its pid) on a socket in `folder` and adds `privateKeyPath`. */
export async function startAgent(folder: string, privateKeyPath: string): Promise<TestAgent> {
  const socket = path.join(folder, 'agent.sock');
  const child = spawn(AGENT, ['-D', '-a', socket], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) child.kill('SIGTERM');
    await exited;
  };
  try {
    for (let waited = 0; !existsSync(socket); waited += 20) {
      if (waited > 5_000 || child.exitCode !== null) throw new Error('ssh-agent did not create its socket');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await execFileAsync(ADD, ['-q', privateKeyPath], { env: { ...process.env, SSH_AUTH_SOCK: socket } });
  } catch (error) {
    await stop();
    throw error;
  }
  return { socket, stop };
}
