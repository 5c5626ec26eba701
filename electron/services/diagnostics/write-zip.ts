import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export interface ZipEntry {
  /** The path inside the zip, with forward slashes. */
  name: string;
  data: string | Buffer;
}

/**
 * Writes the entries as a zip at `path`: first to a temporary file beside it (owner-only), renamed into place
 * when complete, so a half-written bundle never sits under the final name. Returns the zip's size in bytes.
 */
export async function writeZip(path: string, entries: readonly ZipEntry[], modified = new Date()): Promise<number> {
  const temporary = `${path}.partial`;
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addBuffer(typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data, entry.name, { mtime: modified, mode: 0o100600 });
  }
  zip.end();
  try {
    await pipeline(zip.outputStream, createWriteStream(temporary, { mode: 0o600 }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return (await stat(path)).size;
}
