import { importNodeConfig } from '../../../../shared/node-config/import-node-config.js';
import { usePlanStore } from '../../store/plan-store.js';
import { importedDraft } from './config-model.js';
import { useNodeConfigSession } from './node-config-session.js';

/** Larger than any Kubecluster*.json (about 2 KB): refuse before reading, so a wrong pick cannot stall the page. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * Reads a Kubecluster*.json the operator picked. The form is replaced only when the file could be parsed:
 * a broken file is reported with every line and column, and what was typed stays.
 */
export async function importConfigFile(file: File): Promise<void> {
  const session = useNodeConfigSession.getState();
  const report = { fileName: file.name, applied: false, issues: [], extrasKept: 0, networkNote: undefined };
  if (file.size > MAX_IMPORT_BYTES) {
    session.setImportReport({ ...report, failure: `The file is ${Math.round(file.size / 1024)} KB; a node config is a few KB. Nothing was changed.` });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    session.setImportReport({ ...report, failure: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` });
    return;
  }
  const plan = usePlanStore.getState();
  const result = importNodeConfig(text, { windowsBuild: plan.plan.nodeConfig.windowsBuild });
  const draft = importedDraft(result, plan.plan.ipPlan);
  if (draft) {
    plan.replaceNodeConfig(draft.config, draft.extras);
    plan.setSecrets(draft.secrets);
  }
  session.setImportReport({ ...report, applied: draft !== undefined, issues: result.issues, extrasKept: draft?.extras.length ?? 0, networkNote: draft?.networkNote });
}
