import { useMemo } from 'react';
import { exportNodeConfig } from '../../../../shared/node-config/export-node-config.js';
import { validateNodeConfig } from '../../../../shared/node-config/validate-node-config.js';
import { useConnectionStore } from '../../store/connection-store.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import { checkConnection, parsePort } from '../flannel/connection-form.js';
import { hostKeyTarget, useFlannelSession } from '../flannel/flannel-session.js';
import { joinMethodOf } from '../join-method/join-method-model.js';
import { joinSettingsOf } from '../join-method/join-settings.js';
import { effectiveNodeConfig, exportFileName } from '../node-config/config-model.js';
import { fetchBlocker } from '../node-config/fetch-readiness.js';
import type { NodeContext } from './node-context.js';
import { checkNodeTargets } from './node-targets-check.js';
import { nodeTargetsOf } from './node-targets-model.js';
import { useNodeSecrets } from './node-secrets.js';

/**
 * The node config exactly as the Node config step exports it (secrets and IP plan ranges merged in), the
 * targets as checked, and the control plane when the Flannel step made it usable this session.
 */
export function useNodeContext(): NodeContext {
  const plan = usePlanStore((state) => state.plan);
  const password = useSecretsStore((state) => state.password);
  const passphrase = useSecretsStore((state) => state.passphrase);
  const secrets = useNodeSecrets((state) => state.secrets);
  const appInfo = useConnectionStore((state) => state.appInfo);
  const { controlPlane } = plan;
  const cpHostKey = useFlannelSession((state) => state.hostKeys[hostKeyTarget(controlPlane.host, parsePort(controlPlane.port))]);
  const targets = nodeTargetsOf(plan);

  const config = useMemo(
    () => effectiveNodeConfig({ draft: plan.nodeConfig, secrets: plan.secrets, ipPlan: plan.ipPlan, sshUsername: controlPlane.username }),
    [plan.nodeConfig, plan.secrets, plan.ipPlan, controlPlane.username],
  );
  const configErrors = useMemo(
    () => validateNodeConfig(config, { windowsBuild: plan.nodeConfig.windowsBuild }).filter((issue) => issue.severity === 'error').length,
    [config, plan.nodeConfig.windowsBuild],
  );
  const configText = useMemo(() => exportNodeConfig(config, { indent: 4, extras: plan.nodeConfig.extras }), [config, plan.nodeConfig.extras]);
  const check = useMemo(() => checkNodeTargets(targets, secrets), [targets, secrets]);
  const connection = useMemo(() => checkConnection(controlPlane, { password, passphrase }), [controlPlane, password, passphrase]);
  const blocker = fetchBlocker(connection, cpHostKey);
  const joinMethod = joinMethodOf(plan);
  const controlPlaneIp = config.Kubernetes.ControlPlane.IpAddress;
  const join = useMemo(
    () => joinSettingsOf({ joinMethod, source: targets.source, secrets: plan.secrets, controlPlaneIp }),
    [joinMethod, targets.source, plan.secrets, controlPlaneIp],
  );

  return {
    local: targets.mode === 'local',
    targets,
    check,
    config,
    configText,
    configFileName: exportFileName(config),
    configErrors,
    controlPlane: blocker ? undefined : connection.profile,
    controlPlaneBlocker: blocker,
    elevated: appInfo?.elevated,
    join,
  };
}
