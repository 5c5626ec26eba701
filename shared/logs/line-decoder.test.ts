import { describe, expect, it } from 'vitest';
import { LineDecoder, sniffEncoding } from './line-decoder.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('LineDecoder', () => {
  it('holds a partial line until its newline arrives', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(utf8('first\nsec'))).toEqual(['first']);
    expect(decoder.push(utf8('ond\nthird'))).toEqual(['second']);
    expect(decoder.end()).toEqual(['third']);
  });

  it('strips CRLF, including a CR and LF split across chunks', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(utf8('Installing kubelet\r'))).toEqual([]);
    expect(decoder.push(utf8('\nDone\r\n'))).toEqual(['Installing kubelet', 'Done']);
  });

  it('keeps empty lines', () => {
    expect(new LineDecoder().push(utf8('a\n\nb\n'))).toEqual(['a', '', 'b']);
  });

  it('reassembles a multi-byte character split between chunks', () => {
    const bytes = utf8('naïve ✓\n');
    const decoder = new LineDecoder();
    expect(decoder.push(bytes.slice(0, 3))).toEqual([]);
    expect(decoder.push(bytes.slice(3))).toEqual(['naïve ✓']);
  });

  it('decodes UTF-16LE output as Windows PowerShell writes it, with or without a BOM', () => {
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16('Build: 17763\r\n')]);
    expect(new LineDecoder().push(withBom)).toEqual(['Build: 17763']);
    expect(new LineDecoder().push(utf16('Elevated: yes\r\n'))).toEqual(['Elevated: yes']);
  });

  it('sniffs UTF-8 for ordinary text and for very short chunks', () => {
    expect(sniffEncoding(utf8('hello'))).toBe('utf-8');
    expect(sniffEncoding(utf8('x'))).toBe('utf-8');
    expect(sniffEncoding(utf16('hello'))).toBe('utf-16le');
  });
});
