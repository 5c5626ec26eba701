import { describe, expect, it } from 'vitest';
import { exportHoldsSecrets, planExportFileName } from './plan-export-format.js';
import { planNameProblem, uniquePlanName, usablePlanName } from './plan-library-schema.js';

describe('plan names', () => {
  it.each([
    ['Production', null],
    ['  Lab  ', null],
    ['x'.repeat(80), null],
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(81), /at most 80/],
    ['Tab\tname', /control characters/],
    ['new\nline', /control characters/],
    ['evil\u202Etxt.exe', /control characters/],
  ])('%j → %s', (name, problem) => {
    const found = planNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('makes any stored name usable: control characters become spaces, empty falls back, long is cut', () => {
    expect(usablePlanName('a\u0000b')).toBe('a b');
    expect(usablePlanName(' \n ')).toBe('My cluster');
    expect(usablePlanName('y'.repeat(200))).toHaveLength(80);
  });

  it('picks the first free name, ignoring case, and keeps the suffix within 80 characters', () => {
    const imported = (attempt: number) => (attempt === 1 ? ' (imported)' : ` (imported ${attempt})`);
    expect(uniquePlanName('Lab', ['Other'], imported)).toBe('Lab');
    expect(uniquePlanName('Lab', ['lab'], imported)).toBe('Lab (imported)');
    expect(uniquePlanName('Lab', ['Lab', 'Lab (imported)'], imported)).toBe('Lab (imported 2)');
    const long = uniquePlanName('z'.repeat(80), ['z'.repeat(80)], imported);
    expect(long).toHaveLength(80);
    expect(long.endsWith(' (imported)')).toBe(true);
  });
});

describe('export file helpers', () => {
  it('turns a plan name into a file name that is safe everywhere', () => {
    expect(planExportFileName('Production EU / rack 3')).toBe('Production-EU-rack-3.wnw-plan.json');
    expect(planExportFileName('../../etc')).toBe('etc.wnw-plan.json');
    expect(planExportFileName('日本')).toBe('plan.wnw-plan.json');
  });

  it('tells whether a file needs a passphrase before it is sent', () => {
    expect(exportHoldsSecrets('{"format":"windows-node-wizard-plan","secrets":{"kdf":{}}}')).toBe(true);
    expect(exportHoldsSecrets('{"format":"windows-node-wizard-plan"}')).toBe(false);
    expect(exportHoldsSecrets('not json')).toBe(false);
  });
});
