import type { NodeConfig } from '../../../../shared/node-config/node-config-schema.js';
import type { NodeTargetsDraft } from '../../../../shared/plan/plan-schema.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { windowsTargetKey, windowsTargetLabel, type NodeWork, type WindowsTarget } from '../../../../shared/windows-node/windows-target.js';
import { hostKeyTarget, type HostKeyVerdict } from '../flannel/flannel-session.js';
import type { JoinSettings } from '../join-method/join-settings.js';
import { nodeRunBlockers, type NodeRunKind } from './node-requests.js';
import { nodeWorkFor, remoteNodeFieldLabels, type NodeTargetsCheck, type RemoteNodeField } from './node-targets-check.js';

/** Everything the Install step derives once per render from the plan, the session and the app info. */
export interface NodeContext {
  local: boolean;
  targets: NodeTargetsDraft;
  check: NodeTargetsCheck;
  config: NodeConfig;
  configText: string;
  configFileName: string;
  configErrors: number;
  /** The Flannel step's connection, only when complete and its host key trusted this session. */
  controlPlane: SshProfile | undefined;
  /** Why the control plane cannot be used, when it cannot. */
  controlPlaneBlocker: string | undefined;
  elevated: boolean | undefined;
  /** The join method (step 3) and the values it sends, with what it still misses. */
  join: JoinSettings;
}

/** One machine the step acts on: this machine, or one remote row (possibly still incomplete). */
export interface TargetView {
  target: WindowsTarget | undefined;
  key: string | undefined;
  label: string;
  /** The remote row, for remote targets. */
  index: number | undefined;
  /** The Kubernetes node name as far as the wizard knows it (for the reset confirmation). */
  nodeName: string;
  work: NodeWork | undefined;
  hostKey: HostKeyVerdict | undefined;
  blockers: Record<NodeRunKind, string[]>;
}

function blockersFor(context: NodeContext, local: boolean, targetProblem: string | undefined, hostKey: HostKeyVerdict | undefined) {
  return nodeRunBlockers({
    local,
    elevated: context.elevated,
    targetProblem,
    workDirValid: context.check.workDir !== undefined,
    sourceValid: context.check.source !== undefined,
    hostKey,
    configErrors: context.configErrors,
    join: context.join,
  });
}

export function localTargetView(context: NodeContext, nodeName: string): TargetView {
  const target: WindowsTarget = { type: 'local' };
  return {
    target,
    key: windowsTargetKey(target),
    label: windowsTargetLabel(target),
    index: undefined,
    nodeName,
    work: nodeWorkFor(target, context.check.workDir, context.configFileName),
    hostKey: undefined,
    blockers: blockersFor(context, true, undefined, undefined),
  };
}

/** A remote row as a target; `hostKeys` are this session's verdicts by `host:port`. */
export function remoteTargetView(context: NodeContext, index: number, hostKeys: Record<string, HostKeyVerdict>): TargetView {
  const draft = context.targets.nodes[index];
  const target = context.check.nodes[index]?.target;
  const hostKey = target ? hostKeys[hostKeyTarget(target.connection.host, target.connection.port)] : undefined;
  const name = draft?.name.trim() ?? '';
  const fields = Object.keys(context.check.nodes[index]?.errors ?? {}) as RemoteNodeField[];
  const named = fields.length > 0 ? `: ${fields.map((field) => remoteNodeFieldLabels[field]).join(', ')}` : '';
  const problem = target ? undefined : `Complete node ${index + 1}${name ? ` (${name})` : ''} under “Where to run”${named}.`;
  return {
    target,
    key: target ? windowsTargetKey(target) : undefined,
    label: target ? windowsTargetLabel(target) : name || `node ${index + 1}`,
    index,
    nodeName: name.toLowerCase(),
    work: target ? nodeWorkFor(target, context.check.workDir, context.configFileName) : undefined,
    hostKey,
    blockers: blockersFor(context, false, problem, hostKey),
  };
}
