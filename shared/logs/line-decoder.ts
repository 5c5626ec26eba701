/**
 * Turns a stream of byte chunks into complete lines. Chunks split lines (and multi-byte characters) at
 * arbitrary points; Windows programs end lines with CRLF and PowerShell may write UTF-16LE, so the
 * encoding is sniffed from the first bytes (a BOM, or NUL in every odd position).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le';

export function sniffEncoding(firstChunk: Uint8Array): TextEncodingName {
  if (firstChunk.length >= 2 && firstChunk[0] === 0xff && firstChunk[1] === 0xfe) return 'utf-16le';
  const pairs = Math.min(8, Math.floor(firstChunk.length / 2));
  if (pairs === 0) return 'utf-8';
  for (let i = 0; i < pairs; i++) {
    if (firstChunk[i * 2 + 1] !== 0 || firstChunk[i * 2] === 0) return 'utf-8';
  }
  return 'utf-16le';
}

export class LineDecoder {
  private decoder: TextDecoder | undefined;
  private partial = '';

  constructor(private readonly encoding?: TextEncodingName) {}

  /** Returns the lines completed by this chunk; an unfinished last line waits for the next chunk. */
  push(chunk: Uint8Array): string[] {
    this.decoder ??= new TextDecoder(this.encoding ?? sniffEncoding(chunk), { ignoreBOM: false });
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const pieces = text.split('\n');
    this.partial = pieces.pop() ?? '';
    return pieces.map(stripCarriageReturn);
  }

  /** The last line of a stream that did not end with a newline. */
  end(): string[] {
    const rest = this.partial + (this.decoder?.decode() ?? '');
    this.partial = '';
    return rest.length > 0 ? [stripCarriageReturn(rest)] : [];
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
