import type { LogLine } from '../../../../shared/jobs/job-types.js';

/** One page of `jobs.log`: lines from `fromSeq` on, `truncated` when the page stopped before the end. */
export type ReadLogPage = (fromSeq: number) => Promise<{ lines: readonly LogLine[]; truncated: boolean }>;

/** Safety stop: a log longer than this many pages is saved as far as it got (with a note in the file). */
export const maxFullLogPages = 2000;

/**
 * Reads a job's whole on-disk log page by page. A page that brings no new line ends the loop even when it says
 * `truncated`, so a misbehaving reader cannot make it spin; `complete` says whether the end was reached.
 */
export async function readFullLog(readPage: ReadLogPage, maxPages = maxFullLogPages): Promise<{ lines: LogLine[]; complete: boolean }> {
  const lines: LogLine[] = [];
  let fromSeq = 1;
  for (let page = 0; page < maxPages; page++) {
    const result = await readPage(fromSeq);
    const fresh = result.lines.filter((line) => line.seq >= fromSeq);
    lines.push(...fresh);
    if (!result.truncated) return { lines, complete: true };
    const last = fresh.at(-1)?.seq;
    if (last === undefined) return { lines, complete: false };
    fromSeq = last + 1;
  }
  return { lines, complete: false };
}
