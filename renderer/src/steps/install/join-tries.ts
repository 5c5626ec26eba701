import type { NodeProgress } from '../../../../shared/windows-node/node-progress.js';

export interface JoinTry {
  jobId: string;
  /** Counted since the node's last install or reset, as the main side counts `joinAttempts`. */
  number: number;
}

/**
 * The join tries to list (each its own job and log) and the number of the next one. This session's tries come
 * first-hand; the saved progress supplies the count (after a restart, the last try is only known from there).
 */
export function joinTries(sessionJobIds: readonly string[], progress: NodeProgress | undefined): { tries: JoinTry[]; next: number } {
  const join = progress?.action === 'join' ? progress : undefined;
  const ids = sessionJobIds.length > 0 ? sessionJobIds : join ? [join.jobId] : [];
  let first = 1;
  if (join) {
    const at = ids.indexOf(join.jobId);
    // The saved count includes the try it describes; tries started after it (progress not read yet) follow it.
    first = at >= 0 ? Math.max(1, join.joinAttempts - at) : join.joinAttempts + 1;
  }
  const tries = ids.map((jobId, index) => ({ jobId, number: first + index }));
  return { tries, next: (tries.at(-1)?.number ?? 0) + 1 };
}
