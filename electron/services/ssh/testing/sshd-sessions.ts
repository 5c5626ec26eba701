/**
 * Test helpers around the OpenSSH fixture: find and kill the per-connection sshd processes (to simulate a
 * dropped connection or a crashed server), and check whether a remote process still runs (the fixture's server
 * is this machine, so /proc shows it).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { KnownHostsStore } from '../known-hosts.js';

async function processTable(): Promise<Map<number, { ppid: number; state: string }>> {
  const table = new Map<number, { ppid: number; state: string }>();
  for (const entry of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) continue;
    // comm (in parentheses) may contain spaces, so split after its closing paren
    const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(entry), { ppid: Number(ppid), state });
  }
  return table;
}

/** Every process below the sshd listener: per-connection sshd processes and the commands they run. */
export async function sessionProcesses(listenerPid: number): Promise<number[]> {
  const table = await processTable();
  const found: number[] = [];
  const parents = [listenerPid];
  for (let i = 0; i < parents.length; i++) {
    for (const [pid, info] of table) {
      if (info.ppid === parents[i] && info.state !== 'Z') {
        found.push(pid);
        parents.push(pid);
      }
    }
  }
  return found;
}

/** SIGKILLs every connection of the fixture's sshd (never the listener), as a crash or a cut cable would. */
export async function killSessions(listenerPid: number): Promise<number> {
  let killed = 0;
  // twice: a session may fork a child between listing and killing
  for (let round = 0; round < 2; round++) {
    for (const pid of await sessionProcesses(listenerPid)) {
      if (pid <= 1 || pid === listenerPid) continue;
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {
        // already gone
      }
    }
  }
  return killed;
}

/** Alive and not a zombie. */
export async function processAlive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

/** A fresh known-hosts store in a new folder under `parent` (the fixture's dir, which stop() removes). */
export async function freshKnownHosts(parent: string, trust?: { host: string; port: number; hostKeyFingerprint: string }): Promise<KnownHostsStore> {
  const store = new KnownHostsStore(await mkdtemp(path.join(parent, 'known-hosts-')));
  if (trust) await store.trust(trust.host, trust.port, 'ssh-ed25519', trust.hostKeyFingerprint);
  return store;
}
