import { useFlannelSession } from '../steps/flannel/flannel-session.js';
import { useHostProcessManifests } from '../steps/flannel/hostprocess-manifests.js';
import { useInstallSession } from '../steps/install/install-session.js';
import { useNodeSecrets } from '../steps/install/node-secrets.js';
import { useVerifyNodeSession } from '../steps/install/verify-node-session.js';
import { useJoinMethodSession } from '../steps/join-method/join-method-session.js';
import { useNodeConfigSession } from '../steps/node-config/node-config-session.js';
import { useSecretsStore } from '../store/secrets-store.js';

/**
 * What the steps keep for the open plan's cluster only while the app runs: typed passwords, host-key verdicts,
 * the last detect/fetch/preflight/verify runs, an import report, opened manifests. Another plan is another
 * cluster, so none of it may carry over (a password or a "trusted" verdict for the wrong control plane). The job
 * list and the logs stay: they are the app's history, each job titled with its host.
 */
interface SessionStore {
  getInitialState(): object;
  setState(state: never, replace: true): void;
}

const planSessions: readonly SessionStore[] = [useSecretsStore, useFlannelSession, useHostProcessManifests, useJoinMethodSession, useNodeConfigSession, useInstallSession, useNodeSecrets, useVerifyNodeSession];

export function resetPlanSessions(): void {
  for (const store of planSessions) store.setState(store.getInitialState() as never, true);
}
