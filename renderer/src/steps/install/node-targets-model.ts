import { defaultNodeTargets, type NodeTargetsDraft, type Plan, type WindowsNodeDraft } from '../../../../shared/plan/plan-schema.js';

/** The text fields of a remote node row (the auth choice is a select). */
export type NodeDraftField = Exclude<keyof WindowsNodeDraft, 'authType'>;

/** Where install, join and reset run, from a plan saved before the step had targets (then the defaults). */
export function nodeTargetsOf(plan: Plan): NodeTargetsDraft {
  return (plan as Partial<Plan>).nodeTargets ?? defaultNodeTargets();
}

/**
 * A new remote node row. Nodes of one cluster are usually reached the same way, so it copies the previous row's
 * port, user and authentication; name and host are the operator's to type.
 */
export function newNodeDraft(previous: WindowsNodeDraft | undefined): WindowsNodeDraft {
  return {
    name: '',
    host: '',
    port: previous?.port ?? '22',
    username: previous?.username ?? 'Administrator',
    authType: previous?.authType ?? 'key',
    privateKeyPath: previous?.privateKeyPath ?? '',
  };
}

export function addNode(targets: NodeTargetsDraft): NodeTargetsDraft {
  return { ...targets, nodes: [...targets.nodes, newNodeDraft(targets.nodes.at(-1))] };
}

export function removeNode(targets: NodeTargetsDraft, index: number): NodeTargetsDraft {
  return { ...targets, nodes: targets.nodes.filter((_, i) => i !== index) };
}

export function editNode<F extends keyof WindowsNodeDraft>(targets: NodeTargetsDraft, index: number, field: F, value: WindowsNodeDraft[F]): NodeTargetsDraft {
  return { ...targets, nodes: targets.nodes.map((node, i) => (i === index ? { ...node, [field]: value } : node)) };
}

/** Removes entry `index` of a per-row list kept beside the plan's nodes (secrets, selection), so rows stay aligned. */
export function withoutIndex<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
