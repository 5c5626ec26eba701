/**
 * Security property for the containerd flow's scripts (see testing/literal-property.ts for the proof): every free
 * text value (the folders and CNI paths) stays one verbatim literal with exactly its content. The other values
 * (versions, host:port, token, CA hash, node names) are checked against strict forms and refused otherwise, which
 * modern-commands.test.ts shows. 1,000 values, not 10,000: five sites, the reset script long to parse (~9 s here).
 */
import { beforeAll, describe, it } from 'vitest';
import { downloadModernScriptsScript, installContainerdScript, modernResetScript, modernScriptsProbe, prepareNodeScript } from './modern-commands.js';
import { assertForHostileValues, literalChecker, type Site } from './testing/literal-property.js';

const sites: Record<string, Site> = {
  'downloadModernScriptsScript (dir)': ([dir]) => downloadModernScriptsScript({ dir }),
  'modernScriptsProbe (dir)': ([dir]) => modernScriptsProbe(dir),
  'installContainerdScript (dir, cniBinPath, cniConfigPath)': ([dir, cniBinPath, cniConfigPath]) =>
    installContainerdScript({ dir, containerdVersion: '1.7.1', cniBinPath, cniConfigPath, skipHypervisorSupportCheck: true }),
  'prepareNodeScript (dir)': ([dir]) => prepareNodeScript({ dir, kubernetesVersion: 'v1.29.6', hostnameOverride: 'win-node-1' }),
  'modernResetScript (cniConfigDir)': ([cniConfigDir]) => modernResetScript({ cniConfigDir }),
};

let checkSites: (value: string) => void;

beforeAll(async () => {
  checkSites = await literalChecker(sites);
});

describe('hostile values through the containerd flow scripts (property)', () => {
  it('stay one verbatim literal with exactly their content, for 1,000 generated values', () => {
    assertForHostileValues(`${Object.keys(sites).length} modern builders`, checkSites, 1_000);
  }, 120_000);
});
