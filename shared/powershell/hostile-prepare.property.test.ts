/** Security property for the kubeadm folder's preparation (see hostile-values.property.test.ts). */
import { beforeAll, describe, it } from 'vitest';
import { prepareKubeadmFolderScript } from './kubecluster-commands.js';
import { assertForHostileValues, literalChecker, type Site } from './testing/literal-property.js';

const sites: Record<string, Site> = {
  'download (workDir, destination)': ([workDir, destination]) => prepareKubeadmFolderScript({ workDir, destination }),
  'local archive (workDir, destination, archivePath)': ([workDir, destination, archivePath]) =>
    prepareKubeadmFolderScript({ workDir, destination, archivePath }),
};

let checkSites: (value: string) => void;

beforeAll(async () => {
  checkSites = await literalChecker(sites);
});

describe('hostile values through prepareKubeadmFolderScript (property)', () => {
  it('stay one verbatim literal with exactly their content, for 10,000 generated values', () => {
    assertForHostileValues('prepareKubeadmFolderScript', checkSites);
  }, 120_000);
});
