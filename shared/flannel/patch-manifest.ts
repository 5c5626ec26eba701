import { parseAllDocuments, parseDocument, type Document } from 'yaml';
import { flannelFailure, type FlannelError, type FlannelResult } from './flannel-errors.js';
import type { FlannelConfig } from './flannel-conf.js';
import { validateFlannelOptions, type FlannelOptions } from './flannel-settings.js';
import { unifiedLineDiff } from './line-diff.js';
import { describeObjects, FLANNEL_CONFIGMAP_NAME, inferOsLabelKey, isFlannelConfigMap, isFlannelDaemonSet, objectLabel, targetOs, type OsLabelKey } from './manifest-objects.js';
import { kubectlNodeSelectorPatches, type KubectlPatchCommand } from './node-selector-patch.js';
import { patchFlannelConfigMap } from './patch-configmap.js';
import { addLinuxNodeSelector } from './patch-daemonset.js';
import { applySourceEdits, type SourceEdit } from './source-edits.js';

export interface FlannelDaemonSetRef {
  name: string;
  namespace?: string;
  apiVersion?: string;
}

export interface PatchedManifest {
  manifest: string;
  /** One readable line per change; empty when the manifest was already right. */
  changes: string[];
  warnings: string[];
  /** Unified diff of the input and the result; empty when nothing changed. */
  diff: string;
  config: FlannelConfig;
  /** The Linux flannel DaemonSets, in manifest order (patched or already selecting Linux). */
  daemonSets: FlannelDaemonSetRef[];
  osLabel: { key: OsLabelKey; reason: string };
  kubectlPatches: KubectlPatchCommand[];
  /** Documents yaml had to re-render because no source edit could express the change (normally none). */
  rerendered: string[];
}

/** Whether edited text still means exactly what the edited Document holds. */
function sameData(text: string, doc: Document.Parsed): boolean {
  const reparsed = parseDocument(text);
  return reparsed.errors.length === 0 && JSON.stringify(reparsed.toJS()) === JSON.stringify(doc.toJS());
}

function recognise(source: string) {
  const docs = parseAllDocuments(source);
  const yamlError = docs.flatMap((doc) => doc.errors)[0];
  if (yamlError) return flannelFailure('MANIFEST_YAML_INVALID', 'manifest', `The manifest is not valid YAML: ${yamlError.message}`);
  const objects = describeObjects(docs);
  const configMaps = objects.filter(isFlannelConfigMap);
  // A Windows flannel DaemonSet (sig-windows-tools hostprocess) must never get a Linux selector.
  const flannelDaemonSets = objects.filter(isFlannelDaemonSet);
  const daemonSets = flannelDaemonSets.filter((object) => targetOs(object.data) !== 'other');
  const otherOs = flannelDaemonSets.filter((object) => !daemonSets.includes(object)).map(objectLabel);
  const errors: FlannelError[] = [];
  if (configMaps.length === 0) {
    errors.push({ code: 'CONFIGMAP_NOT_FOUND', field: 'manifest', message: `No ConfigMap named ${FLANNEL_CONFIGMAP_NAME} (which holds net-conf.json and cni-conf.json) in the manifest.` });
  }
  if (daemonSets.length === 0) {
    const only = otherOs.length > 0 ? ` (only ${otherOs.join(', ')}, which select${otherOs.length === 1 ? 's' : ''} another OS)` : '';
    errors.push({ code: 'DAEMONSET_NOT_FOUND', field: 'manifest', message: `No Linux flannel DaemonSet (kind DaemonSet named kube-flannel-ds… or labelled app: flannel) in the manifest${only}.` });
  }
  if (errors.length > 0) return { ok: false as const, errors };
  return { ok: true as const, docs, objects, configMaps, daemonSets, otherOs };
}

/**
 * Patches a real kube-flannel.yml for Windows nodes: the kube-flannel-cfg ConfigMap's two JSON files and a
 * Linux nodeSelector on every Linux flannel DaemonSet. Changes are made on the yaml Documents and written
 * back as source edits; every other byte, and so every untouched document, stays as it was.
 */
export function patchFlannelManifest(source: string, options: FlannelOptions, fileName = 'kube-flannel.yml'): FlannelResult<PatchedManifest> {
  const valid = validateFlannelOptions(options);
  if (!valid.ok) return valid;
  const found = recognise(source);
  if (!found.ok) return found;
  const osLabel = inferOsLabelKey(found.daemonSets);
  const touched = new Map<number, { edits: SourceEdit[]; rerender: boolean }>();
  const note = (index: number, edits: SourceEdit[], rerender: boolean) => {
    const entry = touched.get(index) ?? { edits: [], rerender: false };
    touched.set(index, { edits: [...entry.edits, ...edits], rerender: entry.rerender || rerender });
  };
  const changes: string[] = [];
  const warnings = found.otherOs.map((label) => `${label} selects another OS; left unchanged.`);
  let config: FlannelConfig | undefined;
  for (const object of found.configMaps) {
    const outcome = patchFlannelConfigMap(object, source, options);
    if (!outcome.ok) return outcome;
    config ??= outcome.config;
    changes.push(...outcome.changes);
    warnings.push(...outcome.warnings);
    note(object.index, outcome.edits, outcome.rerender);
  }
  const daemonSets: FlannelDaemonSetRef[] = [];
  for (const object of found.daemonSets) {
    const outcome = addLinuxNodeSelector(object, source, osLabel.key);
    changes.push(...outcome.changes);
    warnings.push(...outcome.warnings);
    note(object.index, outcome.edits, outcome.rerender);
    if (object.name) daemonSets.push({ name: object.name, namespace: object.namespace, apiVersion: object.apiVersion });
  }
  if (!config) throw new Error('unreachable: recognise() guarantees a ConfigMap');

  const rerendered: string[] = [];
  const documentEdits: SourceEdit[] = [];
  for (const [index, { edits, rerender }] of touched) {
    const doc = found.docs[index];
    if (!doc || (!rerender && edits.length === 0)) continue;
    const [start, , end] = doc.range;
    const shifted = edits.map((edit) => ({ ...edit, start: edit.start - start, end: edit.end - start }));
    let text = rerender ? undefined : applySourceEdits(source.slice(start, end), shifted);
    if (text === undefined || !sameData(text, doc)) {
      // The safety net: yaml writes the whole document; correct, but its formatting may differ.
      text = doc.toString({ lineWidth: 0 });
      const object = found.objects[index];
      rerendered.push(object ? objectLabel(object) : `document ${index + 1}`);
    }
    documentEdits.push({ start, end, text });
  }
  warnings.push(...rerendered.map((label) => `${label} was rewritten by the YAML library; its formatting may differ from the original.`));
  const manifest = applySourceEdits(source, documentEdits);
  const diff = unifiedLineDiff(source, manifest, { oldName: `a/${fileName}`, newName: `b/${fileName}` });
  const kubectlPatches = kubectlNodeSelectorPatches(daemonSets, osLabel.key);
  return { ok: true, manifest, changes, warnings, diff, config, daemonSets, osLabel, kubectlPatches, rerendered };
}
