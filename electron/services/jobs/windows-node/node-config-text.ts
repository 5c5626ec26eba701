import { importNodeConfig } from '../../../../shared/node-config/import-node-config.js';
import type { NodeConfig } from '../../../../shared/node-config/node-config-schema.js';
import { JobFailure, type JobContext } from '../job-definition.js';

/**
 * The node config a job writes and reads, checked again on the main side (the renderer may be anything): the
 * token and CA hash become secrets before a single line is logged, and a config with errors is refused.
 */
export function readConfigForJob(context: JobContext, configText: string): NodeConfig {
  const imported = importNodeConfig(configText);
  const secrets = imported.config?.Kubernetes.ControlPlane;
  for (const secret of [secrets?.KubeadmToken, secrets?.KubeadmCAHash, secrets?.KubeadmCAHash.replace(/^sha256:/, '')]) {
    if (secret && secret.length >= 6) context.addSecret(secret);
  }
  if (!imported.config || !imported.ok) {
    const errors = imported.issues.filter((issue) => issue.severity === 'error').slice(0, 5);
    const list = errors.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    throw new JobFailure(`The node configuration has errors; fix them in the Node config step first (${list || 'not a JSON object'}).`);
  }
  return imported.config;
}
