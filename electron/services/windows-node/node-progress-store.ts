import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { nodeProgressSchema, type NodeAction, type NodeProgress } from '../../../shared/windows-node/node-progress.js';
import { writeFileAtomicSync } from '../files/atomic-file.js';

const fileSchema = z.object({ version: z.literal(1), nodes: z.record(z.string(), nodeProgressSchema) });

/**
 * Where each node's last install, join or reset got to, in `node-progress.json`. Written synchronously and
 * atomically on every change: the install job records "rebooting" just before the node restarts, and on this
 * machine that restart ends the app a moment later.
 */
export class NodeProgressStore {
  readonly path: string;
  private nodes: Record<string, NodeProgress>;

  /** `redact` is the jobs' redactor: a verdict quotes the script's output, which may quote a token. */
  constructor(
    userDataDir: string,
    private readonly redact: (text: string) => string = (text) => text,
  ) {
    this.path = join(userDataDir, 'node-progress.json');
    this.nodes = this.load();
  }

  list(): NodeProgress[] {
    return Object.values(this.nodes).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(targetKey: string): NodeProgress | undefined {
    return this.nodes[targetKey];
  }

  /** A job starts on a node: joins are counted, an install or reset starts the count again. */
  started(targetKey: string, targetLabel: string, action: NodeAction, jobId: string, method: NodeProgress['method'] = 'kubecluster'): NodeProgress {
    const previous = this.nodes[targetKey];
    const joinAttempts = action === 'join' ? (previous?.joinAttempts ?? 0) + 1 : 0;
    return this.write({ targetKey, targetLabel, action, method, jobId, state: 'running', joinAttempts, updatedAt: new Date().toISOString() });
  }

  update(targetKey: string, jobId: string, patch: Partial<Pick<NodeProgress, 'state' | 'step' | 'verdict'>>): void {
    const current = this.nodes[targetKey];
    // A newer job on the same node owns the record; a late update of an older one must not overwrite it.
    if (!current || current.jobId !== jobId) return;
    this.write({ ...current, ...patch, updatedAt: new Date().toISOString() });
  }

  private write(unredacted: NodeProgress): NodeProgress {
    const { verdict } = unredacted;
    const progress: NodeProgress = verdict
      ? { ...unredacted, verdict: { ...verdict, message: this.redact(verdict.message), ...(verdict.fix === undefined ? {} : { fix: this.redact(verdict.fix) }) } }
      : unredacted;
    this.nodes = { ...this.nodes, [progress.targetKey]: progress };
    writeFileAtomicSync(this.path, `${JSON.stringify({ version: 1, nodes: this.nodes }, null, 2)}\n`);
    return progress;
  }

  /** A record left `running` by an app that is gone was interrupted (a `rebooting` one stays: that is expected). */
  private load(): Record<string, NodeProgress> {
    if (!existsSync(this.path)) return {};
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (!parsed.success) return {};
      const nodes: Record<string, NodeProgress> = {};
      for (const [key, progress] of Object.entries(parsed.data.nodes)) {
        nodes[key] = progress.state === 'running' ? { ...progress, state: 'interrupted' } : progress;
      }
      return nodes;
    } catch {
      return {};
    }
  }
}
