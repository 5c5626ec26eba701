/**
 * Security property: a hostile value given to a PowerShell builder stays one verbatim string literal with exactly
 * its own content (see testing/literal-property.ts for the proof). The folder preparation, the slowest to parse,
 * has its own file so that the two run side by side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellSyntax } from '../../e2e/support/powershell-syntax.js';
import { hasLoneSurrogate } from './base64.js';
import { kubeClusterScript, writeConfigFileScript } from './kubecluster-commands.js';
import { hotFixProbe, tcpReachableProbe } from './preflight-commands.js';
import { powerShellArray, quotePowerShellLiteral } from './quote.js';
import { assertForHostileValues, literalChecker, type Site } from './testing/literal-property.js';

const sites: Record<string, Site> = {
  'quotePowerShellLiteral': ([value]) => `Write-Output ${quotePowerShellLiteral(value)}`,
  'powerShellArray': ([first, second]) => `Write-Output -InputObject ${powerShellArray([first, second])}`,
  'kubeClusterScript (dir, configFile)': ([dir, configFile]) => kubeClusterScript({ mode: 'join', dir, configFile }),
  'writeConfigFileScript (dir, configFile)': ([dir, configFile]) => writeConfigFileScript({ dir, configFile, content: '{}' }),
  'hotFixProbe (id)': ([id]) => hotFixProbe(id),
  'tcpReachableProbe (host)': ([host]) => tcpReachableProbe(host),
};

let checkSites: (value: string) => void;
let checkContent: (content: string) => void;

beforeAll(async () => {
  checkSites = await literalChecker(sites);
  const syntax = await loadPowerShellSyntax();
  // The config file's content is not quoted but carried as base64: it must decode to exactly the content.
  checkContent = (content) => {
    const build = () => writeConfigFileScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', content });
    if (hasLoneSurrogate(content)) {
      expect(build).toThrow(/unpaired surrogate/);
      return;
    }
    const { hasError, literals } = syntax.check(build());
    const base64 = literals.find((literal) => literal.at === 'WriteAllBytes(2) › FromBase64String(1)');
    expect(hasError).toBe(false);
    expect(base64?.problem).toBeUndefined();
    expect(Buffer.from(base64?.value ?? '', 'base64').toString('utf8')).toBe(content);
  };
});

describe('hostile values through quoting, KubeCluster.ps1, the config file and the probes (property)', () => {
  it('stay one verbatim literal with exactly their content, for 10,000 generated values', () => {
    assertForHostileValues(`${Object.keys(sites).length + 1} builders`, (value) => {
      checkSites(value);
      checkContent(value);
    });
  }, 120_000);
});
