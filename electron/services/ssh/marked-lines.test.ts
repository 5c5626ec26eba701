import { describe, expect, it } from 'vitest';
import { LineDecoder } from '../../../shared/logs/line-decoder.js';
import { MarkedLines } from './marked-lines.js';

/** What SshConnection.exec would report for this output: LineDecoder over the command's bytes alone. */
function alone(output: string): string[] {
  const decoder = new LineDecoder('utf-8');
  return [...decoder.push(Buffer.from(output)), ...decoder.end()];
}

/**
 * The shell's stream for these commands (each output, then `\n<marker> <status>\n`), fed in chunks of `size`
 * bytes; as in a session, a command's output starts only after it was sent, i.e. after the previous marker.
 */
function throughShell(outputs: string[], size: number) {
  const marked = new MarkedLines();
  return outputs.map((output, i) => {
    const got = { lines: [] as string[], trailer: '<never>' };
    marked.expect(`__wnw_done_ab12_${i + 1}`, (batch) => got.lines.push(...batch), (trailer) => (got.trailer = trailer));
    const segment = Buffer.from(`${output}\n__wnw_done_ab12_${i + 1} ${i}\n`);
    for (let at = 0; at < segment.length; at += size) marked.push(segment.subarray(at, at + size));
    return got;
  });
}

describe('MarkedLines', () => {
  const outputs = [
    'abc\n', 'abc', '', '\n', '\n\n', 'a\n\nb\n\n', 'a\r\nb\r\n', 'no newline at the end',
    // look-alikes of the markers are output: another id, or the marker not at a line start
    '__wnw_done_ab12_10 0\n__wnw_done_ab12_1x\n', 'x__wnw_done_ab12_1 0\n',
    'ü‘x’\n€',
  ];
  it('gives each command the lines it would get alone, at every chunk size', () => {
    const expected = outputs.map((output, i) => ({ lines: alone(output), trailer: String(i) }));
    for (const size of [1, 2, 3, 5, 7, 16, 64, 4096]) {
      expect(throughShell(outputs, size), `chunk size ${size}`).toEqual(expected);
    }
  });

  it('delivers a line as soon as its newline arrives; only an empty line waits for the next', () => {
    const marked = new MarkedLines();
    const seen: string[][] = [];
    marked.expect('__m_1', (lines) => seen.push(lines), () => seen.push(['<done>']));
    marked.push(Buffer.from('first\n'));
    expect(seen).toEqual([['first']]);
    marked.push(Buffer.from('\n'));
    expect(seen).toEqual([['first']]);
    marked.push(Buffer.from('second\n'));
    expect(seen).toEqual([['first'], ['', 'second']]);
    marked.push(Buffer.from('\n__m_1 0\n'));
    expect(seen).toEqual([['first'], ['', 'second'], ['<done>']]);
  });

  it('drops what arrives while no command runs', () => {
    const marked = new MarkedLines();
    const seen: string[] = [];
    marked.expect('__m_1', (lines) => seen.push(...lines), () => seen.push('<1>'));
    marked.push(Buffer.from('one\n\n__m_1 0\nstray\npartial'));
    marked.expect('__m_2', (lines) => seen.push(...lines), () => seen.push('<2>'));
    marked.push(Buffer.from('two\n\n__m_2 0\n'));
    expect(seen).toEqual(['one', '<1>', 'two', '<2>']);
  });

  it('refuses a marker that is not one word', () => {
    expect(() => new MarkedLines().expect('a b', () => undefined, () => undefined)).toThrow();
    expect(() => new MarkedLines().expect('', () => undefined, () => undefined)).toThrow();
  });
});
