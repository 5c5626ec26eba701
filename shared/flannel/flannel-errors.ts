/** Stable codes: the wizard, the CLI and scripts match on these names, so they never change meaning. */
export const flannelErrorCodes = [
  'CLUSTER_CIDR_INVALID',
  'VXLAN_VNI_INVALID',
  'VXLAN_PORT_INVALID',
  'VXLAN_VNI_UNSUPPORTED',
  'VXLAN_PORT_UNSUPPORTED',
  'DIRECT_ROUTING_UNSUPPORTED',
  'MANIFEST_YAML_INVALID',
  'CONFIGMAP_NOT_FOUND',
  'CONFIGMAP_KEY_MISSING',
  'NET_CONF_NOT_JSON',
  'CNI_CONF_NOT_JSON',
  'DAEMONSET_NOT_FOUND',
] as const;
export type FlannelErrorCode = (typeof flannelErrorCodes)[number];

/** The option an error is about, so a form can show it at its field. `manifest` means the input file. */
export type FlannelField = 'clusterCidr' | 'vni' | 'port' | 'directRouting' | 'manifest';

export interface FlannelError {
  code: FlannelErrorCode;
  field: FlannelField;
  message: string;
}

/** Every failure is a value, not an exception: callers show all of them at once. */
export type FlannelResult<T> = ({ ok: true } & T) | { ok: false; errors: FlannelError[] };

export function flannelFailure(code: FlannelErrorCode, field: FlannelField, message: string): { ok: false; errors: FlannelError[] } {
  return { ok: false, errors: [{ code, field, message }] };
}
