import { describe, expect, it } from 'vitest';
import { parseAnsi, stripAnsi } from './ansi.js';

const esc = '\u001b';

describe('parseAnsi', () => {
  it('returns plain text as one unstyled segment', () => {
    expect(parseAnsi('hello')).toEqual([{ text: 'hello' }]);
    expect(parseAnsi('')).toEqual([]);
  });

  it('applies colours, bright colours, bold and resets', () => {
    expect(parseAnsi(`a${esc}[31mred${esc}[0m b ${esc}[1;92mok${esc}[22m!${esc}[39m.`)).toEqual([
      { text: 'a' },
      { text: 'red', color: 'red' },
      { text: ' b ' },
      { text: 'ok', color: 'brightGreen', bold: true },
      { text: '!', color: 'brightGreen' },
      { text: '.' },
    ]);
  });

  it('treats an empty SGR as a reset and merges equal styles', () => {
    expect(parseAnsi(`${esc}[33mx${esc}[33my${esc}[mz`)).toEqual([{ text: 'xy', color: 'yellow' }, { text: 'z' }]);
  });

  it('drops other escapes: cursor moves, OSC titles, 256 and true colour', () => {
    expect(parseAnsi(`${esc}[2K${esc}]0;title\u0007${esc}[38;5;196mx${esc}[38;2;1;2;3;34my`)).toEqual([
      { text: 'x' },
      { text: 'y', color: 'blue' },
    ]);
  });
});

describe('stripAnsi', () => {
  it('removes every escape sequence', () => {
    expect(stripAnsi(`${esc}[1;31mError:${esc}[0m disk ${esc}[2Kfull${esc}]0;t${esc}\\`)).toBe('Error: disk full');
    expect(stripAnsi('plain')).toBe('plain');
  });
});
