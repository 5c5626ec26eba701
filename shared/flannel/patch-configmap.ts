import { isMap, isScalar } from 'yaml';
import { flannelFailure, type FlannelResult } from './flannel-errors.js';
import { generateFlannelConfig, parseJsonObject, type FlannelConfig, type JsonObject } from './flannel-conf.js';
import type { FlannelOptions } from './flannel-settings.js';
import { describeJsonChanges } from './json-changes.js';
import { objectLabel, type ManifestObject } from './manifest-objects.js';
import { replaceBlockLiteral, type SourceEdit } from './source-edits.js';

export interface ConfigMapOutcome {
  config: FlannelConfig;
  edits: SourceEdit[];
  rerender: boolean;
  changes: string[];
  warnings: string[];
}

const files = [
  { key: 'net-conf.json', notJson: 'NET_CONF_NOT_JSON' },
  { key: 'cni-conf.json', notJson: 'CNI_CONF_NOT_JSON' },
] as const;

/** Rewrites `net-conf.json` and `cni-conf.json` of the kube-flannel-cfg ConfigMap; a file already right is left byte for byte. */
export function patchFlannelConfigMap(object: ManifestObject, source: string, options: FlannelOptions): FlannelResult<ConfigMapOutcome> {
  const label = objectLabel(object);
  const data = object.doc.get('data', true);
  const found = files.map(({ key, notJson }) => {
    const node = isMap(data) ? data.get(key, true) : undefined;
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    return { key, notJson, node: isScalar(node) ? node : undefined, text, json: text === undefined ? undefined : parseJsonObject(text) };
  });
  for (const file of found) {
    if (file.text === undefined) return flannelFailure('CONFIGMAP_KEY_MISSING', 'manifest', `${label} has no data."${file.key}" text.`);
    if (!file.json) return flannelFailure(file.notJson, 'manifest', `${label}: data."${file.key}" is not a JSON object.`);
  }
  const [net, cni] = found;
  const generated = generateFlannelConfig(options, { netConf: net?.json, cniConf: cni?.json });
  if (!generated.ok) return generated;
  const { ok: _ok, ...config } = generated;

  const outcome: ConfigMapOutcome = { config, edits: [], rerender: false, changes: [], warnings: [] };
  const wanted: Record<string, { conf: JsonObject; text: string }> = {
    'net-conf.json': { conf: config.netConf, text: config.netConfJson },
    'cni-conf.json': { conf: config.cniConf, text: config.cniConfJson },
  };
  for (const file of found) {
    const target = wanted[file.key];
    if (!target || !file.node || JSON.stringify(file.json) === JSON.stringify(target.conf)) continue;
    outcome.changes.push(...describeJsonChanges(file.json, target.conf).map((line) => `${label} ${file.key}: ${line}`));
    const replaced = replaceBlockLiteral(source, file.node, target.text);
    file.node.value = replaced?.value ?? target.text;
    if (replaced) outcome.edits.push(replaced.edit);
    else outcome.rerender = true;
  }
  for (const key of config.droppedBackendKeys) {
    const why = key === 'DirectRouting' ? 'DirectRouting is not supported by flannel on Windows' : 'not part of the Windows-compatible VXLAN backend';
    outcome.warnings.push(`${label} net-conf.json: Backend.${key} removed (${why}).`);
  }
  if (config.cniFormat === 'single') {
    outcome.warnings.push(
      `${label} cni-conf.json is the single-plugin format of flannel before v0.10 (installed as 10-flannel.conf), which cannot chain portmap: hostPort will not work. Use a newer kube-flannel.yml.`,
    );
  }
  return { ok: true, ...outcome };
}
