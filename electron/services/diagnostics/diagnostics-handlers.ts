import type { Handlers } from '../../../shared/ipc/contract-types.js';
import { DiagnosticsBundles } from './diagnostics-bundles.js';
import type { DiagnosticsSources } from './collect-entries.js';

type DiagnosticsHandlers<Context> = Pick<Handlers<Context>, 'diagnostics.create' | 'diagnostics.download' | 'diagnostics.showInFolder'>;

export interface DiagnosticsHandlerDependencies extends DiagnosticsSources {
  userDataDir: string;
  /** Desktop only: Electron's shell.showItemInFolder. */
  showItemInFolder?: (path: string) => void;
}

/** The diagnostics calls over one bundle folder; neither transport's caller context matters to them. */
export function createDiagnosticsHandlers<Context>(deps: DiagnosticsHandlerDependencies): DiagnosticsHandlers<Context> {
  const bundles = new DiagnosticsBundles(deps.userDataDir, deps);
  return {
    'diagnostics.create': async () => bundles.create(),
    'diagnostics.download': async ({ fileName }) => bundles.read(fileName),
    'diagnostics.showInFolder': async ({ fileName }) => {
      const path = bundles.pathOf(fileName);
      if (!deps.showItemInFolder) return { shown: false, path, reason: 'The browser host cannot show files on your screen; download the bundle instead.' };
      deps.showItemInFolder(path);
      return { shown: true, path };
    },
  };
}
