import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSingleStringLiteral, loadPowerShellSyntax, readVerbatimLiteral, type PowerShellSyntax } from './powershell-syntax.js';

let syntax: PowerShellSyntax;
beforeAll(async () => {
  syntax = await loadPowerShellSyntax();
});

/** Quoting that forgets the typographic quotes: tree-sitter accepts its output, PowerShell would not. */
const asciiOnlyQuote = (value: string) => `'${value.replaceAll("'", "''")}'`;

describe('readVerbatimLiteral (PowerShell tokenizer rules)', () => {
  it('undoes quote pairs of any of the five kinds, keeping the second of each pair', () => {
    expect(readVerbatimLiteral("'it''s'", 0)).toEqual({ value: "it's", end: 7 });
    // ’ then ' is a pair too, standing for ': the literal ends at the next unpaired quote.
    expect(readVerbatimLiteral("x = '\u2018\u2018a\u2019'' '", 4)).toEqual({ value: "\u2018a'", end: 11 });
    expect(readVerbatimLiteral('\u2018opened by a typographic quote\u2019', 0)?.value).toBe('opened by a typographic quote');
  });

  it('ends the literal at the first unpaired quote of any kind, and reports none when it never ends', () => {
    expect(readVerbatimLiteral("'a\u2019b'", 0)).toEqual({ value: 'a', end: 3 });
    expect(readVerbatimLiteral("'abc", 0)).toBeUndefined();
    expect(readVerbatimLiteral('abc', 0)).toBeUndefined();
  });
});

describe('loadPowerShellSyntax', () => {
  it('parses PowerShell and reports syntax errors', () => {
    expect(syntax.check("Set-Location -LiteralPath 'C:\\k'").hasError).toBe(false);
    expect(syntax.check("Set-Location -LiteralPath 'C:\\k").hasError).toBe(true);
    expect(syntax.check('Write-Output $(').hasError).toBe(true);
    const { hasError, tree } = syntax.parse('Get-Date');
    expect(hasError).toBe(false);
    expect(tree.rootNode.type).toBe('program');
    tree.delete();
  });

  it('names the place of each literal: parameter, method argument, assignment, array', () => {
    const script = "$a = [IO.File]::ReadAllText('f'); Copy-Item -LiteralPath (Join-Path -Path 'p' -ChildPath 'c') 'd'; & .\\x.ps1 -Names @('n')";
    expect(syntax.literalArgumentsOf(script)).toEqual([
      { at: '$a = › ReadAllText(1)', value: 'f' },
      { at: 'Copy-Item -LiteralPath › Join-Path -Path', value: 'p' },
      { at: 'Copy-Item -LiteralPath › Join-Path -ChildPath', value: 'c' },
      { at: 'Copy-Item (positional)', value: 'd' },
      { at: '& .\\x.ps1 -Names › @()', value: 'n' },
    ]);
  });

  it('flags a typographic quote that tree-sitter takes for content but PowerShell for the end', () => {
    const script = `Write-Output ${asciiOnlyQuote('a\u2019; Restart-Computer; \u2018b')}`;
    const check = syntax.check(script);
    expect(check.hasError).toBe(false); // tree-sitter alone would let this through
    expect(check.literals).toEqual([{ at: 'Write-Output (positional)', value: expect.any(String), problem: expect.stringMatching(/PowerShell ends this literal at offset 16, tree-sitter at 39/) }]);
  });

  it('flags expanding strings, here-strings and literals inside larger expressions', () => {
    expect(syntax.literalArgumentsOf('Write-Output "a$b"')[0]?.problem).toMatch(/expandable_string_literal, not a verbatim string/);
    expect(syntax.literalArgumentsOf("Write-Output @'\nx\n'@")[0]?.problem).toMatch(/verbatim_here_string_characters, not a verbatim string/);
    expect(syntax.literalArgumentsOf("Write-Output ('a' + $b)")[0]?.problem).toMatch(/part of the larger expression/);
    expect(syntax.literalArgumentsOf("Write-Output @('a' + $b)")[0]?.problem).toMatch(/part of the larger expression/);
    expect(syntax.literalArgumentsOf("Write-Output @('a', $b)")).toEqual([{ at: 'Write-Output (positional) › @()', value: 'a' }]);
  });

  it('shows an unquoted value breaking out as a changed shape and changed literals', () => {
    const build = (value: string) => `Set-Location -LiteralPath '${value}'`;
    const benign = syntax.check(build('C:\\k'));
    const broken = syntax.check(build("x'; Remove-Item -Recurse 'C:\\"));
    expect(broken.shape).not.toBe(benign.shape);
    expect(broken.literals).not.toEqual([{ at: 'Set-Location -LiteralPath', value: "x'; Remove-Item -Recurse 'C:\\" }]);
    expect(syntax.check(build('other')).shape).toBe(benign.shape);
  });

  it('tells a single literal argument from a list or an expression', () => {
    const { tree } = syntax.parse("Write-Output 'a' 'b','c' ('d' + 'e')");
    const elements = tree.rootNode.descendantsOfType('array_literal_expression').filter((node) => node?.parent?.type === 'command_elements');
    expect(elements.map((node) => node && isSingleStringLiteral(node))).toEqual([true, false, false]);
    tree.delete();
  });

  it('lets the process exit at once (V8 tiering of the grammar would hold it ~10 s)', () => {
    const module = fileURLToPath(new URL('./powershell-syntax.ts', import.meta.url));
    const code = `const { loadPowerShellSyntax } = await import(${JSON.stringify(module)}); (await loadPowerShellSyntax()).check("Get-Date 'x'");`;
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 15_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
