import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateModernScripts } from './modern-scripts-check.js';
import { INSTALL_CONTAINERD, PREPARE_NODE } from './pinned-scripts.js';

const OTHER = 'AB'.repeat(32);
const redownload = "download them again with 'download' (the app fetches the pinned commits).";

const installEntry = { size: 5960, sha256: INSTALL_CONTAINERD.sha256[0], parseErrors: [], parameters: ['ContainerDVersion', 'crictlVersion', 'skipHypervisorSupportCheck', 'CNIBinPath', 'CNIConfigPath'] };
const prepareEntry = { size: 7626, sha256: PREPARE_NODE.sha256[0], parseErrors: [], parameters: ['KubernetesVersion', 'HostnameOverride'] };

/** What modernScriptsProbe prints (ConvertTo-Json -Compress; key order is not fixed). */
const probe = (install: Record<string, unknown> = {}, prepare: Record<string, unknown> = {}) =>
  JSON.stringify({ files: { 'PrepareNode.ps1': { ...prepareEntry, ...prepare }, 'Install-Containerd.ps1': { ...installEntry, ...install } } });

describe('evaluateModernScripts', () => {
  it('accepts the pinned texts, with LF or CRLF line endings', () => {
    expect(evaluateModernScripts(`${probe()}\r\n`)).toEqual({
      ok: true,
      files: [
        { name: 'Install-Containerd.ps1', sha256: INSTALL_CONTAINERD.sha256[0], pinned: true },
        { name: 'PrepareNode.ps1', sha256: PREPARE_NODE.sha256[0], pinned: true },
      ],
      notes: [],
    });
    expect(evaluateModernScripts(probe({ sha256: INSTALL_CONTAINERD.sha256[1].toLowerCase() }))).toMatchObject({ ok: true, files: [{ pinned: true }, { pinned: true }] });
  });

  it('accepts another text that parses and takes every parameter, and says it is not the pinned one', () => {
    const verdict = evaluateModernScripts(probe({ sha256: OTHER, parameters: [...installEntry.parameters, 'netAdapterName'] }));
    expect(verdict).toEqual({
      ok: true,
      files: [
        { name: 'Install-Containerd.ps1', sha256: OTHER, pinned: false },
        { name: 'PrepareNode.ps1', sha256: PREPARE_NODE.sha256[0], pinned: true },
      ],
      notes: [
        `Install-Containerd.ps1 is not the pinned text (SHA-256 ${OTHER}, pinned ${INSTALL_CONTAINERD.sha256[0]} at 03dbf15c); it parses and declares every parameter the app passes.`,
      ],
    });
  });

  it.each<[string, string, string[]]>([
    ['a missing script', probe({}, { size: null, sha256: null, parameters: [] }), [`PrepareNode.ps1 is missing: ${redownload}`]],
    ['an empty script', probe({ size: 0 }), [`Install-Containerd.ps1 is empty: ${redownload}`]],
    ['a size that is not a number', probe({ size: '5960' }), [`Install-Containerd.ps1's size could not be read: ${redownload}`]],
    ['no hash', probe({ sha256: null }), [`Install-Containerd.ps1's SHA-256 could not be read: run the check again; if it stays, ${redownload}`]],
    ['a damaged text', probe({ sha256: OTHER, parseErrors: ["Missing closing '}' in statement block or type definition."] }), [
      `Install-Containerd.ps1 does not parse (Missing closing '}' in statement block or type definition.): ${redownload}`,
    ]],
    ['many parse errors', probe({}, { sha256: OTHER, parseErrors: ['a', 'b', 'c', 'd'] }), [`PrepareNode.ps1 does not parse (a; b; c and 1 more): ${redownload}`]],
    ['the 2023 script without -crictlVersion', probe({ sha256: OTHER, parameters: ['ContainerDVersion', 'netAdapterName', 'skipHypervisorSupportCheck', 'CNIBinPath', 'CNIConfigPath'] }), [
      `Install-Containerd.ps1 has no -crictlVersion parameter: ${redownload}`,
    ]],
    ['a PrepareNode.ps1 from before -HostnameOverride', probe({}, { sha256: OTHER, parameters: ['KubernetesVersion', 'ContainerRuntime'] }), [`PrepareNode.ps1 has no -HostnameOverride parameter: ${redownload}`]],
    ['not JSON', 'Set-Location : Cannot find path', [`The script check printed something other than its JSON (Set-Location : Cannot find path): run it again; if it stays, ${redownload}`]],
    ['nothing', '', [`The script check printed something other than its JSON ((nothing)): run it again; if it stays, ${redownload}`]],
  ])('reports %s', (_name, stdout, problems) => {
    expect(evaluateModernScripts(stdout)).toEqual({ ok: false, problems });
  });

  it('reads Windows PowerShell 5.1\'s array wrapper and case-insensitive parameter names', () => {
    const wrapped = { value: ['kubernetesversion', 'HOSTNAMEOVERRIDE'], Count: 2 };
    expect(evaluateModernScripts(probe({}, { sha256: OTHER, parameters: wrapped, parseErrors: null }))).toMatchObject({ ok: true });
  });

  it('never throws, whatever the probe printed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((value) => JSON.stringify({ files: { 'Install-Containerd.ps1': value, 'PrepareNode.ps1': value } }) ?? '')), (stdout) => {
        const verdict = evaluateModernScripts(stdout);
        expect(verdict.ok ? verdict.files.length : verdict.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
