import { z } from 'zod';
import { KubectlOutputError } from './cluster-facts.js';

/**
 * What `kubectl get nodes -o json` says about one node after it joined (kubectl-outputs.md §2): whether it is
 * registered and Ready, and the facts the operator checks (OS, kubelet version, internal IP).
 */
export interface NodeReadiness {
  found: boolean;
  ready: boolean;
  /** The node's name as Kubernetes spells it (lower case for Windows hosts). */
  name?: string;
  /** When registered but not Ready: the Ready condition's reason and message (or why there is none). */
  reason?: string;
  os?: string;
  osImage?: string;
  kernelVersion?: string;
  kubeletVersion?: string;
  internalIp?: string;
  containerRuntime?: string;
}

// Loose objects: kubectl adds fields between versions; only what is read here is checked.
const conditionSchema = z.looseObject({ type: z.string(), status: z.string(), reason: z.string().optional(), message: z.string().optional() });
const readinessNodeSchema = z.looseObject({
  kind: z.string().optional(),
  metadata: z.looseObject({ name: z.string(), labels: z.record(z.string(), z.string()).optional() }),
  status: z
    .looseObject({
      conditions: z.array(conditionSchema).optional(),
      addresses: z.array(z.looseObject({ type: z.string(), address: z.string() })).optional(),
      nodeInfo: z
        .looseObject({
          operatingSystem: z.string().optional(),
          osImage: z.string().optional(),
          kernelVersion: z.string().optional(),
          kubeletVersion: z.string().optional(),
          containerRuntimeVersion: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});
type ReadinessNode = z.output<typeof readinessNodeSchema>;
const nodeListSchema = z.looseObject({ kind: z.literal('List'), items: z.array(z.unknown()) });

function parseItems(json: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new KubectlOutputError(`kubectl did not print JSON for the node list: ${json.slice(0, 120)}`);
  }
  const list = nodeListSchema.safeParse(value);
  if (list.success) return list.data.items;
  // `kubectl get node/<name> -o json` prints the object itself, without the List wrapper (§2.3).
  if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Node') return [value];
  throw new KubectlOutputError('Unexpected JSON for the node list: neither a List nor a Node.');
}

function notReadyReason(node: ReadinessNode): string {
  const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
  if (!ready) return 'no Ready condition reported yet';
  const text = [ready.reason, ready.message].filter((part) => part !== undefined && part !== '').join(': ');
  return ready.status === 'Unknown' ? `status Unknown${text ? `, ${text}` : ''}` : text || `Ready is ${ready.status}`;
}

/**
 * Finds `nodeName` in `kubectl get nodes -o json` (a List, or a single Node) and describes it. Names match
 * case-insensitively: Windows prints its hostname upper case, Kubernetes registers it lower case.
 * Items that do not look like nodes are skipped; text that is not a node list throws KubectlOutputError.
 */
export function describeNode(nodeListJson: string, nodeName: string): NodeReadiness {
  const wanted = nodeName.trim().toLowerCase();
  const node = parseItems(nodeListJson)
    .map((item) => readinessNodeSchema.safeParse(item))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .find((item) => item.metadata.name.toLowerCase() === wanted);
  if (!node) return { found: false, ready: false };
  const labels = node.metadata.labels ?? {};
  const info = node.status?.nodeInfo ?? {};
  const ready = node.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false;
  return {
    found: true,
    ready,
    name: node.metadata.name,
    ...(ready ? {} : { reason: notReadyReason(node) }),
    os: labels['kubernetes.io/os'] ?? labels['beta.kubernetes.io/os'] ?? info.operatingSystem,
    osImage: info.osImage,
    kernelVersion: info.kernelVersion,
    kubeletVersion: info.kubeletVersion,
    internalIp: node.status?.addresses?.find((address) => address.type === 'InternalIP')?.address,
    containerRuntime: info.containerRuntimeVersion,
  };
}
