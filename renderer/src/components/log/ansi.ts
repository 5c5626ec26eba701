/**
 * A small ANSI parser for log lines: SGR foreground colours (30–37, 90–97), bold and resets become styled
 * segments; every other escape sequence (cursor movement, OSC titles, 256/true colour) is dropped.
 */

export type AnsiColor =
  | 'black'
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'white'
  | 'brightBlack'
  | 'brightRed'
  | 'brightGreen'
  | 'brightYellow'
  | 'brightBlue'
  | 'brightMagenta'
  | 'brightCyan'
  | 'brightWhite';

export interface AnsiSegment {
  text: string;
  color?: AnsiColor | undefined;
  bold?: boolean | undefined;
}

const baseColors: readonly AnsiColor[] = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const brightColors: readonly AnsiColor[] = [
  'brightBlack',
  'brightRed',
  'brightGreen',
  'brightYellow',
  'brightBlue',
  'brightMagenta',
  'brightCyan',
  'brightWhite',
];

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), or a lone two-byte escape; also the 8-bit CSI.
// eslint-disable-next-line no-control-regex
const escapePattern = /\u001b\[([0-?]*)[ -/]*([@-~])|\u009b([0-?]*)[ -/]*([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]?/g;

/** Splits text into styled segments; adjacent text with the same style is merged, empty text dropped. */
export function parseAnsi(input: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  if (!input.includes('\u001b') && !input.includes('\u009b')) return input ? [{ text: input }] : [];
  let color: AnsiColor | undefined;
  let bold = false;
  let last = 0;
  const push = (text: string) => {
    if (!text) return;
    const previous = segments.at(-1);
    if (previous && previous.color === color && Boolean(previous.bold) === bold) previous.text += text;
    else segments.push({ text, ...(color ? { color } : {}), ...(bold ? { bold } : {}) });
  };
  for (const match of input.matchAll(escapePattern)) {
    push(input.slice(last, match.index));
    last = match.index + match[0].length;
    const params = match[1] ?? match[3];
    const final = match[2] ?? match[4];
    if (final !== 'm' || params === undefined) continue;
    const codes = params === '' ? [0] : params.split(';').map((part) => (part === '' ? 0 : Number(part)));
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code === 0) {
        color = undefined;
        bold = false;
      } else if (code === 1) bold = true;
      else if (code === 22) bold = false;
      else if (code === 39) color = undefined;
      else if (code >= 30 && code <= 37) color = baseColors[code - 30];
      else if (code >= 90 && code <= 97) color = brightColors[code - 90];
      else if (code === 38 || code === 48) {
        // 256-colour and true-colour forms carry their own arguments: skip them.
        const mode = codes[i + 1];
        i += mode === 5 ? 2 : mode === 2 ? 4 : 1;
      }
    }
  }
  push(input.slice(last));
  return segments;
}

/** The text without any escape sequences, for search, copy and save. */
export function stripAnsi(input: string): string {
  if (!input.includes('\u001b') && !input.includes('\u009b')) return input;
  return input.replace(escapePattern, '');
}
