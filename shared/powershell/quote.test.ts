import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellSyntax, type PowerShellSyntax } from '../../e2e/support/powershell-syntax.js';
import { POWERSHELL_SINGLE_QUOTES, powerShellArray, PowerShellValueError, quotePowerShellLiteral } from './quote.js';
import { hostilePieces } from './testing/hostile-strings.js';

let syntax: PowerShellSyntax;
beforeAll(async () => {
  syntax = await loadPowerShellSyntax();
});

describe('quotePowerShellLiteral', () => {
  it('wraps the value in single quotes and leaves everything but quotes as it is', () => {
    expect(quotePowerShellLiteral('')).toBe("''");
    expect(quotePowerShellLiteral('C:\\Program Files\\k')).toBe("'C:\\Program Files\\k'");
    expect(quotePowerShellLiteral('$(whoami) ${env:PATH} `n; & | # <# @\'\r\n')).toBe("'$(whoami) ${env:PATH} `n; & | # <# @''\r\n'");
  });

  it('doubles all five characters PowerShell reads as a single quote', () => {
    expect(POWERSHELL_SINGLE_QUOTES).toEqual(["'", '‘', '’', '‚', '‛']);
    expect(quotePowerShellLiteral("it's")).toBe("'it''s'");
    expect(quotePowerShellLiteral('‘a’ ‚b‛')).toBe("'‘‘a’’ ‚‚b‛‛'");
    // Double quotes, typographic or not, mean nothing inside a verbatim string.
    expect(quotePowerShellLiteral('“x” "y"')).toBe("'“x” \"y\"'");
  });

  it('refuses NUL, which a Windows command line cannot carry', () => {
    expect(() => quotePowerShellLiteral('a\0b')).toThrow(PowerShellValueError);
    expect(() => quotePowerShellLiteral('\0')).toThrow(/NUL/);
    expect(() => powerShellArray(['ok', 'a\0'])).toThrow(/NUL/);
  });

  it.each(hostilePieces.map((piece) => [piece]))('keeps %j one literal with exactly its content', (piece) => {
    for (const value of [piece, `a${piece}b`, piece.repeat(3)]) {
      const check = syntax.check(`Write-Output ${quotePowerShellLiteral(value)}`);
      expect(check.hasError).toBe(false);
      expect(check.literals).toEqual([{ at: 'Write-Output (positional)', value }]);
    }
  });
});

describe('powerShellArray', () => {
  it('writes an array expression of quoted values', () => {
    expect(powerShellArray([])).toBe('@()');
    expect(powerShellArray(['a'])).toBe("@('a')");
    expect(powerShellArray(["a'b", '‛c'])).toBe("@('a''b','‛‛c')");
  });

  it('keeps each value its own element', () => {
    const values = ["'; exit; '", '’$(x)‘', ''];
    const check = syntax.check(`Write-Output -InputObject ${powerShellArray(values)}`);
    expect(check.hasError).toBe(false);
    expect(check.literals).toEqual(values.map((value) => ({ at: 'Write-Output -InputObject › @()', value })));
  });
});
