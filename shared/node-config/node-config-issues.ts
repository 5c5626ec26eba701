/** Stable codes: the wizard, the CLI's `--json-errors` and scripts match on these names. */
export const nodeConfigIssueCodes = [
  // reading the file
  'JSON_SYNTAX',
  'ROOT_NOT_OBJECT',
  'TYPE_INVALID',
  'DUPLICATE_KEY',
  'KEY_CASE',
  'SECTION_MISSING',
  'SECTION_DEFAULTED',
  'FIELD_MISSING',
  'FIELD_DERIVED',
  'MIGRATED_MASTER',
  'MASTER_IGNORED',
  'UNKNOWN_FIELD_KEPT',
  'COMMENTS_DROPPED',
  // field rules
  'VALUE_REQUIRED',
  'PLACEHOLDER',
  'TOKEN_INVALID',
  'CA_HASH_INVALID',
  'IP_INVALID',
  'USERNAME_INVALID',
  'URL_INVALID',
  'URL_NOT_HTTPS',
  'RELEASE_INVALID',
  'RELEASE_UNSUPPORTED',
  'RELEASE_URL_MISMATCH',
  'URL_VERSION_UNKNOWN',
  'PATH_NOT_ABSOLUTE',
  'PATH_INVALID_CHARACTERS',
  'PATH_HAS_SPACES',
  'CIDR_INVALID',
  'CIDR_HOST_BITS_SET',
  'CIDR_OVERLAP',
  'CNI_UNSUPPORTED',
  'CRI_UNSUPPORTED',
  'PLUGIN_UNKNOWN',
  'INTERFACE_INVALID',
  'IMAGE_INVALID',
  'GATES_INVALID',
  'VXLAN_NEEDS_WIN_OVERLAY',
  'DSR_GATE_IGNORED',
  // the node's Windows build
  'WINDOWS_BUILD_INVALID',
  'WINDOWS_BUILD_UNSUPPORTED',
  'VXLAN_NEEDS_KB4489899',
  'IMAGE_BUILD_MISMATCH',
  'IMAGES_DISAGREE',
] as const;
export type NodeConfigIssueCode = (typeof nodeConfigIssueCodes)[number];

/** `error` blocks export; `warning` is shown and allowed; `notice` says what import did (migrated, filled, kept). */
export type IssueSeverity = 'error' | 'warning' | 'notice';

/** Where a problem is: a dotted field path (`Kubernetes.ControlPlane.KubeadmToken`), `file`, or `windowsBuild`. */
export interface NodeConfigIssue {
  code: NodeConfigIssueCode;
  severity: IssueSeverity;
  field: string;
  message: string;
  /** 1-based, in the imported text, when the problem has a place there. */
  line?: number;
  column?: number;
}

export const FILE_FIELD = 'file';

export function issue(severity: IssueSeverity, code: NodeConfigIssueCode, field: string, message: string): NodeConfigIssue {
  return { code, severity, field, message };
}

export const hasErrors = (issues: readonly NodeConfigIssue[]) => issues.some((item) => item.severity === 'error');

/**
 * A secret as it may appear in a message: enough to recognise which value was meant, never enough to use it.
 * Error text ends up in logs and screenshots; the exported file is the only place a token is written in full.
 */
export function redactSecret(value: string): string {
  const shown = value.length > 12 ? `${value.slice(0, 4)}…` : '…';
  return `"${shown}" (${value.length} characters, redacted)`;
}
