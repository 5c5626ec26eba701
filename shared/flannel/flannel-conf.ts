import type { FlannelResult } from './flannel-errors.js';
import { validateFlannelOptions, WINDOWS_CNI_NETWORK_NAME, type FlannelOptions, type FlannelSettings } from './flannel-settings.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface VxlanBackend extends JsonObject {
  Type: 'vxlan';
  VNI: number;
  Port: number;
}

/** flanneld's `net-conf.json`. Other top-level keys a manifest carries (e.g. `EnableNFTables`) are kept. */
export interface NetConf extends JsonObject {
  Network: string;
  Backend: VxlanBackend;
}

/**
 * `cni-conf.json`. Since flannel v0.10 it is a plugin list (copied to `10-flannel.conflist`); before, a single
 * flannel plugin (copied to `10-flannel.conf`), which cannot chain `portmap`. We keep whichever the manifest
 * uses, because its install-cni container decides the file name.
 */
export type CniConfFormat = 'plugins' | 'single';

export function parseJsonObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/** The text a ConfigMap holds: two-space JSON ending in a newline, as the flannel manifests write it. */
export function formatConfJson(conf: JsonObject): string {
  return `${JSON.stringify(conf, null, 2)}\n`;
}

/** Sets Network and replaces Backend; the old Backend's other keys (e.g. DirectRouting) are returned as dropped. */
export function buildNetConf(settings: FlannelSettings, existing: JsonObject = {}): { conf: NetConf; droppedBackendKeys: string[] } {
  const backend: VxlanBackend = { Type: 'vxlan', VNI: settings.vni, Port: settings.port };
  if (settings.directRouting) backend.DirectRouting = true;
  const old = existing.Backend;
  const oldKeys = typeof old === 'object' && old !== null && !Array.isArray(old) ? Object.keys(old) : [];
  const droppedBackendKeys = oldKeys.filter((key) => !(key in backend));
  // Spreading first keeps the manifest's key order for the keys it already has.
  return { conf: { ...existing, Network: settings.network, Backend: backend }, droppedBackendKeys };
}

export function cniConfFormat(existing: JsonObject | undefined): CniConfFormat {
  return existing && !Array.isArray(existing.plugins) && existing.type === 'flannel' ? 'single' : 'plugins';
}

/** The seed's cni-conf.json, keeping the manifest's `cniVersion` (absent before flannel v0.12). */
export function buildCniConf(existing?: JsonObject): { conf: JsonObject; format: CniConfFormat } {
  const format = cniConfFormat(existing);
  // Built key by key so the order matches the manifests: name, cniVersion, then the plugin(s).
  const conf: JsonObject = { name: WINDOWS_CNI_NETWORK_NAME };
  if (typeof existing?.cniVersion === 'string') conf.cniVersion = existing.cniVersion;
  const delegate = { hairpinMode: true, isDefaultGateway: true };
  if (format === 'single') Object.assign(conf, { type: 'flannel', delegate });
  else conf.plugins = [{ type: 'flannel', delegate }, { type: 'portmap', capabilities: { portMappings: true } }];
  return { conf, format };
}

export interface FlannelConfig {
  settings: FlannelSettings;
  netConf: NetConf;
  cniConf: JsonObject;
  cniFormat: CniConfFormat;
  droppedBackendKeys: string[];
  netConfJson: string;
  cniConfJson: string;
}

/** Both ConfigMap files for the options, optionally merged onto what a manifest already holds. */
export function generateFlannelConfig(
  options: FlannelOptions,
  existing: { netConf?: JsonObject; cniConf?: JsonObject } = {},
): FlannelResult<FlannelConfig> {
  const valid = validateFlannelOptions(options);
  if (!valid.ok) return valid;
  const { conf: netConf, droppedBackendKeys } = buildNetConf(valid.settings, existing.netConf);
  const { conf: cniConf, format } = buildCniConf(existing.cniConf);
  return {
    ok: true,
    settings: valid.settings,
    netConf,
    cniConf,
    cniFormat: format,
    droppedBackendKeys,
    netConfJson: formatConfJson(netConf),
    cniConfJson: formatConfJson(cniConf),
  };
}
