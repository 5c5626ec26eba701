import { open } from 'node:fs/promises';

/**
 * A text file's content, or only its last `maxBytes` from the first whole line on when it is longer (a job's
 * failure is at the end of its log). Undefined when the file does not exist.
 */
export async function readTail(path: string, maxBytes: number): Promise<{ text: string; cutBytes: number } | undefined> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - start);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, start);
    let text = buffer.subarray(0, bytesRead).toString('utf8');
    let cutBytes = start;
    if (start > 0) {
      // Drop the partial first line, so every line in the bundle is whole.
      const firstBreak = text.indexOf('\n');
      cutBytes += Buffer.byteLength(text.slice(0, firstBreak + 1), 'utf8');
      text = text.slice(firstBreak + 1);
    }
    return { text, cutBytes };
  } finally {
    await file.close();
  }
}
