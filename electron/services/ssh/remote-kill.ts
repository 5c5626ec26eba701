import type { ClientChannel } from 'ssh2';
import { buildPosixCommand } from '../../../shared/shell/posix-quote.js';

export type StopSignal = 'TERM' | 'KILL';

/**
 * Stops remote commands by process group, through a short `kill` command on a channel of its own.
 *
 * Why not the SSH "signal" request: OpenSSH refuses it for root logins ("session signalling requires privilege
 * separation"), and root is the usual login on a kubeadm control plane. Why not just close the channel: sshd
 * then only closes the command's pipes, and a `sleep` or a stuck `kubectl` never notices. Each command runs as
 * the leader of its own process group (sshd calls setsid() for every session), so `kill -- -PGID` reaches it and
 * every child it started.
 *
 * One kill channel at a time, batching what arrives meanwhile: 8 commands plus 1 kill stay under MaxSessions 10.
 */
export class RemoteKiller {
  private readonly pending = new Map<StopSignal, Set<number>>();
  private draining = false;

  constructor(private readonly open: (command: string) => Promise<ClientChannel>) {}

  kill(processGroup: number, signal: StopSignal): void {
    // never 0 or 1: `kill -- -0` means "my own group" and -1 "every process I may signal"
    if (!Number.isInteger(processGroup) || processGroup <= 1) return;
    const groups = this.pending.get(signal) ?? new Set<number>();
    groups.add(processGroup);
    this.pending.set(signal, groups);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let next = this.takeNext(); next !== undefined; next = this.takeNext()) {
        const [signal, groups] = next;
        const argv = ['kill', '-s', signal, '--', ...[...groups].map((group) => `-${group}`)];
        await this.run(buildPosixCommand(argv));
      }
    } finally {
      this.draining = false;
    }
  }

  private takeNext(): [StopSignal, Set<number>] | undefined {
    const entry = this.pending.entries().next();
    if (entry.done) return undefined;
    this.pending.delete(entry.value[0]);
    return entry.value;
  }

  /** Best effort: if the connection is gone, so is the session, and sshd ends what remains of it. */
  private async run(command: string): Promise<void> {
    try {
      const channel = await this.open(command);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          channel.close();
          resolve();
        }, 5_000);
        channel.on('error', () => undefined);
        channel.resume();
        channel.stderr.resume();
        channel.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        channel.end();
      });
    } catch {
      // nothing more to do
    }
  }
}
