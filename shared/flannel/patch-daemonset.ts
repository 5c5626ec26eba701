import { isMap, isScalar, type YAMLMap } from 'yaml';
import { dig, objectLabel, targetOs, type ManifestObject, type OsLabelKey } from './manifest-objects.js';
import { insertIntoBlockMap, type SourceEdit } from './source-edits.js';

export interface DaemonSetOutcome {
  edits: SourceEdit[];
  /** The Document was changed in a way no source edit expresses; re-render this document with yaml. */
  rerender: boolean;
  changes: string[];
  warnings: string[];
}

const indexOfKey = (map: YAMLMap, key: string) => map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);

/**
 * Adds `<os key>: linux` to the DaemonSet's pod nodeSelector, in the Document and as a source edit. Only
 * for DaemonSets that do not already target another OS (the caller leaves Windows ones alone).
 * Decision: added even when node affinity already requires Linux (v0.12+). The two are ANDed, so it costs
 * nothing, and the Windows guide verifies the NODE SELECTOR column of `kubectl get ds`, which ignores affinity.
 */
export function addLinuxNodeSelector(object: ManifestObject, source: string, osKey: OsLabelKey): DaemonSetOutcome {
  const label = objectLabel(object);
  const outcome: DaemonSetOutcome = { edits: [], rerender: false, changes: [], warnings: [] };
  const target = targetOs(object.data);
  const current = dig(object.data, 'spec', 'template', 'spec', 'nodeSelector');
  if (dig(current, 'kubernetes.io/os') === 'linux' || dig(current, 'beta.kubernetes.io/os') === 'linux') return outcome;

  const podSpec = object.doc.getIn(['spec', 'template', 'spec']);
  if (!isMap(podSpec)) return { ...outcome, warnings: [`${label} has no pod template spec; no nodeSelector added.`] };
  const why = target === 'linux' ? ' (its node affinity already requires Linux; the selector shows in `kubectl get ds`)' : '';
  outcome.changes.push(`${label}: nodeSelector ${osKey}=linux added${why}`);

  const selector = podSpec.get('nodeSelector', true);
  if (isMap(selector)) {
    // Appended after the existing entries, e.g. next to v0.11's beta.kubernetes.io/arch.
    const edit = insertIntoBlockMap(source, selector, selector.items.length - 1, [`${osKey}: linux`]);
    selector.set(osKey, 'linux');
    return edit ? { ...outcome, edits: [edit] } : { ...outcome, rerender: true };
  }
  if (podSpec.has('nodeSelector')) {
    // `nodeSelector:` with no usable map (null or a scalar): replace it and let yaml write the document.
    podSpec.set('nodeSelector', object.doc.createNode({ [osKey]: 'linux' }));
    return { ...outcome, rerender: true };
  }
  // Where the microsoft/SDN example puts it: right after hostNetwork (else after affinity, else last).
  const anchor = [indexOfKey(podSpec, 'hostNetwork'), indexOfKey(podSpec, 'affinity'), podSpec.items.length - 1].find((index) => index >= 0) ?? -1;
  const edit = insertIntoBlockMap(source, podSpec, anchor, ['nodeSelector:', `  ${osKey}: linux`]);
  podSpec.items.splice(anchor + 1, 0, object.doc.createPair('nodeSelector', { [osKey]: 'linux' }));
  return edit ? { ...outcome, edits: [edit] } : { ...outcome, rerender: true };
}
