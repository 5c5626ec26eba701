import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateKubeadmFolder } from './kubeadm-folder.js';

const SHA = '3F1B2C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F809';
const PARAMETERS = ['help', 'install', 'join', 'reset', 'force', 'ConfigFile'];
const notPinned = "the folder is not sig-windows-tools' kubeadm folder at 12a6e44; choose 'download'.";

/** What kubeadmFolderProbe prints (ConvertTo-Json -Compress of its hashtable; key order is not fixed). */
const probe = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    parameters: PARAMETERS,
    files: { 'KubeClusterHelper.psm1': 48_210, 'KubeCluster.ps1': 12_737 },
    sha256: SHA,
    parseErrors: [],
    ...fields,
  });

describe('evaluateKubeadmFolder', () => {
  it('accepts the pinned folder and gives KubeCluster.ps1\'s SHA-256', () => {
    expect(evaluateKubeadmFolder(`${probe()}\r\n`)).toEqual({ ok: true, sha256: SHA });
  });

  it.each<[string, string, string[]]>([
    ['KubeCluster.ps1 missing', probe({ files: { 'KubeCluster.ps1': null, 'KubeClusterHelper.psm1': 48_210 }, sha256: null, parameters: [], parseErrors: [null] }), [
      `KubeCluster.ps1 is missing: ${notPinned}`,
    ]],
    ['the helper module missing', probe({ files: { 'KubeCluster.ps1': 12_737, 'KubeClusterHelper.psm1': null } }), [`KubeClusterHelper.psm1 is missing: ${notPinned}`]],
    ['both missing (an empty folder)', probe({ files: { 'KubeCluster.ps1': null, 'KubeClusterHelper.psm1': null }, sha256: null, parameters: [] }), [
      `KubeCluster.ps1 is missing: ${notPinned}`,
      `KubeClusterHelper.psm1 is missing: ${notPinned}`,
    ]],
    ['a key left out', probe({ files: { 'KubeCluster.ps1': 12_737 } }), [`KubeClusterHelper.psm1 is missing: ${notPinned}`]],
    ['an empty script', probe({ files: { 'KubeCluster.ps1': 0, 'KubeClusterHelper.psm1': 48_210 }, parameters: [] }), [`KubeCluster.ps1 is empty: ${notPinned}`]],
    ['a size that is not a number', probe({ files: { 'KubeCluster.ps1': 12_737, 'KubeClusterHelper.psm1': '48210' } }), [`KubeClusterHelper.psm1's size could not be read: ${notPinned}`]],
    ['a parse error', probe({ parseErrors: ["Missing closing '}' in statement block or type definition."] }), [
      `KubeCluster.ps1 does not parse (Missing closing '}' in statement block or type definition.): ${notPinned}`,
    ]],
    ['many parse errors', probe({ parseErrors: ['a', 'b', 'c', 'd', 'e'] }), [`KubeCluster.ps1 does not parse (a; b; c and 2 more): ${notPinned}`]],
    ['one parse error as a bare string', probe({ parseErrors: 'Unexpected token' }), [`KubeCluster.ps1 does not parse (Unexpected token): ${notPinned}`]],
    ['a newer script without -join and -reset', probe({ parameters: ['ConfigFile', 'install', 'force'] }), [
      `KubeCluster.ps1 has no -join parameter: ${notPinned}`,
      `KubeCluster.ps1 has no -reset parameter: ${notPinned}`,
    ]],
    ['no param() block', probe({ parameters: [] }), ['ConfigFile', 'install', 'join', 'reset', 'force'].map((name) => `KubeCluster.ps1 has no -${name} parameter: ${notPinned}`)],
    ['no SHA-256', probe({ sha256: null }), [`KubeCluster.ps1's SHA-256 could not be read: run the check again; if it stays, ${notPinned}`]],
    ['a SHA-256 that is not one', probe({ sha256: 'abc' }), [`KubeCluster.ps1's SHA-256 could not be read: run the check again; if it stays, ${notPinned}`]],
    ['not JSON', 'Set-Location : Cannot find path', [`The folder check printed something other than its JSON (Set-Location : Cannot find path): run it again; if it stays, ${notPinned}`]],
    ['nothing', '', [`The folder check printed something other than its JSON ((nothing)): run it again; if it stays, ${notPinned}`]],
    ['JSON without files', '{"sha256":null}', [`The folder check printed something other than its JSON ({"sha256":null}): run it again; if it stays, ${notPinned}`]],
    ['a JSON array', '[]', [`The folder check printed something other than its JSON ([]): run it again; if it stays, ${notPinned}`]],
  ])('reports %s', (_name, stdout, problems) => {
    expect(evaluateKubeadmFolder(stdout)).toEqual({ ok: false, problems });
  });

  it('reads parameter names case-insensitively, and Windows PowerShell 5.1\'s array wrapper', () => {
    expect(evaluateKubeadmFolder(probe({ parameters: ['configfile', 'INSTALL', 'Join', 'reset', 'Force'] }))).toEqual({ ok: true, sha256: SHA });
    expect(evaluateKubeadmFolder(probe({ parameters: { value: PARAMETERS, Count: PARAMETERS.length }, parseErrors: { value: [], Count: 0 } }))).toEqual({ ok: true, sha256: SHA });
    expect(evaluateKubeadmFolder(probe({ parseErrors: null }))).toEqual({ ok: true, sha256: SHA });
  });

  it('never throws, whatever the probe printed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((value) => JSON.stringify({ files: value, parameters: value, parseErrors: value, sha256: value }) ?? '')), (stdout) => {
        const verdict = evaluateKubeadmFolder(stdout);
        expect(verdict.ok ? verdict.sha256 : verdict.problems.length).toBeTruthy();
      }),
      { numRuns: 1000 },
    );
  });
});
