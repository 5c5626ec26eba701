import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import type { NodeContext, TargetView } from './node-context.js';
import { nodeRunRequest, type NodeRunKind } from './node-requests.js';

export interface BulkPlan {
  /** The selected nodes the action can start on now. */
  ready: TargetView[];
  /** The selected nodes it cannot, each with the first reason. */
  skipped: { label: string; reason: string }[];
}

export interface BulkResult {
  kind: NodeRunKind;
  started: number;
  failures: { label: string; message: string }[];
  skipped: BulkPlan['skipped'];
}

/** Which selected nodes an action starts on: those with nothing blocking it and no job of theirs still running. */
export function planBulkRun(kind: NodeRunKind, selected: readonly TargetView[], isBusy: (view: TargetView) => boolean): BulkPlan {
  const plan: BulkPlan = { ready: [], skipped: [] };
  for (const view of selected) {
    const reason = view.blockers[kind][0] ?? (isBusy(view) ? 'a job of this node is still queued or running.' : undefined);
    if (reason) plan.skipped.push({ label: view.label, reason });
    else plan.ready.push(view);
  }
  return plan;
}

/**
 * The request for one machine, by the plan's join method. Preflight gets the control plane when it is usable, and so
 * does containerd + kubeadm's reset given the node's name (to delete the node object); the others never need it.
 */
export function nodeRunRequestFor(kind: NodeRunKind, view: TargetView, context: NodeContext, options: { nodeName?: string | undefined } = {}): JobRequest | undefined {
  if (!view.work) return undefined;
  const modernReset = kind === 'reset' && context.join.method === 'kubeadm' && options.nodeName !== undefined;
  return nodeRunRequest(kind, {
    work: view.work,
    source: context.check.source,
    configText: context.configText,
    controlPlane: kind === 'preflight' || modernReset ? context.controlPlane : undefined,
    concurrency: context.check.concurrency,
    join: context.join,
    nodeName: modernReset ? options.nodeName : undefined,
  });
}
