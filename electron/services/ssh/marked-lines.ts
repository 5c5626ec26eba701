import { LineDecoder } from '../../../shared/logs/line-decoder.js';

interface Expected {
  marker: string;
  onLines: (lines: string[]) => void;
  done: (trailer: string) => void;
}

/**
 * Cuts one output stream of a long-lived shell into the lines of each command. After every command the shell
 * prints `\n<marker>[ <trailer>]\n`: the leading newline ends a last line printed without one, so the marker
 * always starts a line. When the command's output did end with a newline, that leading newline shows up as
 * one extra empty line before the marker, so an empty line is held back until the next line tells whether it
 * was the command's (another line follows) or ours (the marker follows). The lines come out exactly as
 * LineDecoder would give them for the command alone, and as they arrive (only an empty line waits).
 */
export class MarkedLines {
  private readonly decoder = new LineDecoder('utf-8');
  private expected: Expected | undefined;
  private heldEmptyLine = false;

  /** From now on, lines go to `onLines` until the marker's line, whose rest (after a space) goes to `done`. */
  expect(marker: string, onLines: (lines: string[]) => void, done: (trailer: string) => void): void {
    if (marker.length === 0 || /[\s]/.test(marker)) throw new Error('A marker is one word.');
    // a partial line left from before belongs to no command (a finished command's stray background process)
    this.decoder.end();
    this.heldEmptyLine = false;
    this.expected = { marker, onLines, done };
  }

  push(chunk: Buffer): void {
    let out: string[] = [];
    for (const line of this.decoder.push(chunk)) {
      const expected = this.expected;
      // nothing runs: a finished command's stray background process wrote this; it is nobody's log
      if (expected === undefined) continue;
      if (line === expected.marker || line.startsWith(`${expected.marker} `)) {
        if (out.length > 0) expected.onLines(out);
        out = [];
        this.heldEmptyLine = false;
        this.expected = undefined;
        expected.done(line.slice(expected.marker.length + 1));
        continue;
      }
      if (this.heldEmptyLine) out.push('');
      this.heldEmptyLine = line === '';
      if (!this.heldEmptyLine) out.push(line);
    }
    if (out.length > 0) this.expected?.onLines(out);
  }
}
