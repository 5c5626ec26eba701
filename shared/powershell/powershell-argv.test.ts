import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64FromBytes, utf16leBytes } from './base64.js';
import { encodePowerShellScript, powerShellArgv, WINDOWS_COMMAND_LINE_LIMIT } from './powershell-argv.js';

const nodeEncoding = (script: string) => Buffer.from(script, 'utf16le').toString('base64');

describe('powerShellArgv', () => {
  it('is powershell.exe, the fixed switches, then the script as -EncodedCommand', () => {
    expect(powerShellArgv('Write-Output 1')).toEqual([
      'powershell.exe', '-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass',
      '-EncodedCommand', 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAxAA==',
    ]);
  });

  it('agrees with Node’s Buffer-based UTF-16LE encoder', () => {
    const script = "Set-Location -LiteralPath 'C:\\k’’'; & .\\KubeCluster.ps1";
    expect(powerShellArgv(script)).toEqual(['powershell.exe', '-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', nodeEncoding(script)]);
  });

  it('refuses a script whose command line Windows could not start', () => {
    // Base64 of UTF-16LE takes 8 characters per 3 of script; 12,000 fit, 12,300 do not.
    expect(powerShellArgv('x'.repeat(12_000)).join(' ').length).toBeLessThan(WINDOWS_COMMAND_LINE_LIMIT);
    expect(() => powerShellArgv('x'.repeat(12_300))).toThrow(/too long for a Windows command line/);
  });
});

describe('encodePowerShellScript', () => {
  it('equals Buffer’s UTF-16LE base64 for fixed strings, astral and unpaired surrogates included', () => {
    const samples = ['', 'a', 'ab', 'abc', 'abcd', 'é', '中文', '😀', 'a😀b', '\uD83D', '\uDE00x', '\uFFFF\u0000\u0001', '‘’‚‛', '\r\n\t'];
    for (const sample of samples) expect(encodePowerShellScript(sample), JSON.stringify(sample)).toBe(nodeEncoding(sample));
  });

  it('equals Buffer’s UTF-16LE base64 for any string (property)', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(anyText, (script) => {
        expect(encodePowerShellScript(script)).toBe(nodeEncoding(script));
      }),
      { numRuns: 3_000 },
    );
  });

  it('builds on base64 and UTF-16LE helpers that match Node’s', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 2_000 },
    );
    expect([...utf16leBytes('A😀')]).toEqual([...Buffer.from('A😀', 'utf16le')]);
  });
});
