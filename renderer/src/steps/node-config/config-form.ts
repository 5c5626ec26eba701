import type { NodeConfigIssue } from '../../../../shared/node-config/node-config-issues.js';
import type { NodeConfig } from '../../../../shared/node-config/node-config-schema.js';

/** What every section of the step reads and writes, built once per render by the step. */
export interface ConfigForm {
  /** The config as typed (token and CA hash empty: they live in the plan's secrets). */
  draft: NodeConfig;
  /** What is validated and exported: secrets, IP plan ranges and the default user merged in. */
  effective: NodeConfig;
  issues: readonly NodeConfigIssue[];
  edit(field: string, value: string): void;
}
