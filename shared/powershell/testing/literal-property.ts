/**
 * The proof behind the hostile-value properties, for one value at every site: the script parses, has the same
 * tree shape as with harmless values, and its literals are the same ones in the same places, with the hostile
 * value exactly where the harmless marks were. Literal extents and values are read by PowerShell's tokenizer
 * rules (powershell-syntax.ts), which tree-sitter alone does not know. Only tests import this.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { loadPowerShellSyntax, type LiteralUse } from '../../../e2e/support/powershell-syntax.js';
import { hostileString } from './hostile-strings.js';

/** A builder call with up to three operator-given values in it. */
export type Site = (values: readonly [string, string, string]) => string;

const marks = ['MARK-1', 'MARK-2', 'MARK-3'] as const;
const isMark = (value: string) => (marks as readonly string[]).includes(value);

function sameLiterals(actual: readonly LiteralUse[], want: readonly LiteralUse[]): boolean {
  return actual.length === want.length && actual.every((literal, i) => {
    const other = want[i];
    return literal.at === other?.at && literal.value === other.value && literal.problem === other.problem;
  });
}

/** Loads the parser and each site's harmless expectation; returns the check for one hostile value. */
export async function literalChecker(sites: Record<string, Site>): Promise<(value: string) => void> {
  const syntax = await loadPowerShellSyntax();
  const expected = Object.entries(sites).map(([name, build]) => {
    const { hasError, shape, literals } = syntax.check(build(marks));
    if (hasError || !literals.some((literal) => isMark(literal.value)) || literals.some((literal) => literal.problem)) {
      throw new Error(`${name}: the harmless script is already wrong`);
    }
    return { name, build, shape, literals };
  });
  return (value) => {
    for (const { name, build, shape, literals } of expected) {
      const actual = syntax.check(build([value, value, value]));
      const want: LiteralUse[] = literals.map((literal) => (isMark(literal.value) ? { ...literal, value } : literal));
      // Compared by hand first: vitest's expect costs more than the parse, and 10,000 values × every site add up.
      if (!actual.hasError && actual.shape === shape && sameLiterals(actual.literals, want)) continue;
      expect(actual.hasError, name).toBe(false);
      expect(actual.shape, name).toBe(shape);
      expect(actual.literals, name).toEqual(want);
      throw new Error(`${name}: the literals differ`);
    }
  };
}

/** Runs `check` on `numRuns` generated hostile values and says how long it took. */
export function assertForHostileValues(label: string, check: (value: string) => void, numRuns = 10_000): void {
  const started = performance.now();
  let characters = 0;
  fc.assert(
    fc.property(hostileString, (value) => {
      characters += value.length;
      check(value);
    }),
    { numRuns },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`${label}: ${numRuns} hostile values (${characters} characters) in ${seconds} s`);
}
