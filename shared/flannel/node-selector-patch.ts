import type { OsLabelKey } from './manifest-objects.js';

/** The microsoft/SDN `node-selector-patch.yml`, with the OS label key the manifest uses. */
export interface NodeSelectorPatch {
  spec: { template: { spec: { nodeSelector: Partial<Record<OsLabelKey, 'linux'>> } } };
}

export interface KubectlPatchCommand {
  daemonSet: string;
  namespace?: string;
  patch: NodeSelectorPatch;
  patchJson: string;
  /** The program and its arguments, for a runner that never goes through a shell (nothing to quote). */
  argv: string[];
}

export function linuxNodeSelectorPatch(osLabelKey: OsLabelKey): NodeSelectorPatch {
  return { spec: { template: { spec: { nodeSelector: { [osLabelKey]: 'linux' } } } } };
}

/**
 * One `kubectl patch ds/<name>` per DaemonSet found. A strategic merge adds the key next to any existing
 * selector (e.g. the arch one of v0.11), exactly as the guide's `--patch "$(cat node-selector-patch.yml)"`.
 * Without a namespace in the manifest, `-n` is left out so kubectl uses the one the manifest was applied to.
 */
export function kubectlNodeSelectorPatches(
  daemonSets: readonly { name: string; namespace?: string }[],
  osLabelKey: OsLabelKey,
): KubectlPatchCommand[] {
  const patch = linuxNodeSelectorPatch(osLabelKey);
  const patchJson = JSON.stringify(patch);
  return daemonSets.map(({ name, namespace }) => ({
    daemonSet: name,
    ...(namespace ? { namespace } : {}),
    patch,
    patchJson,
    argv: ['kubectl', 'patch', `ds/${name}`, ...(namespace ? ['-n', namespace] : []), '--type', 'strategic', '--patch', patchJson],
  }));
}
