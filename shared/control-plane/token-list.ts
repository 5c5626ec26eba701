/**
 * `kubeadm token list` (kubeadm-outputs.md §2) read into rows, and whether the node config's token is still
 * good for a join. Both text printers are read: the v1.14–v1.20 one (header always, even with no tokens) and the
 * output-API one (no output at all for no tokens, and a `<never>` row narrower than the header's columns).
 */

/** One token as kubeadm lists it. Holds the secret: never show `token` to anyone, only `id` (tokenLabel). */
export interface TokenListRow {
  /** The whole `id.secret`. */
  token: string;
  /** The public part before the dot. */
  id: string;
  /** As printed: `23h`, `<forever>`, or `<invalid>` for an expired token the cleaner has not removed yet. */
  ttl: string;
  /** As printed: RFC3339 (`2020-01-16T10:20:30Z`, `2019-01-18T13:45:05-08:00`) or `<never>`. */
  expires: string;
  usages: string[];
  /** Undefined for `<none>`. */
  description?: string;
  extraGroups: string[];
}

export type TokenState = 'valid' | 'expiring' | 'expired' | 'missing';
export interface TokenStatus {
  state: TokenState;
  /** RFC3339 as listed, or `<never>`. */
  expires?: string;
  /** Time left at `now`, in kubeadm's short form (`23h`, `59m`), or `<forever>`. */
  ttl?: string;
}

/** kubeadm's own pattern (token.go). */
const TOKEN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const TOKEN_ANYWHERE = /\b([a-z0-9]{6})\.[a-z0-9]{16}\b/g;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const HEADER = /^TOKEN\s+TTL\s+EXPIRES\s+USAGES\s+DESCRIPTION\b/;
/** Under this much time left, a join started now may outlive the token (downloads, a reboot, a retry). */
export const EXPIRING_WITHIN_MS = 60 * 60 * 1000;

const list = (cell: string) => (cell === '<none>' ? [] : cell.split(','));

/**
 * One data line. TOKEN, TTL, EXPIRES and USAGES never hold a space, nor does EXTRA GROUPS (comma-joined), so
 * those are whitespace-separated words and DESCRIPTION is whatever lies between. That reads both printers: the
 * header's column starts are wrong for the newer printer's `<never>` rows, and splitting on runs of 2+ spaces
 * breaks on a description that has two spaces in it.
 */
function parseRow(line: string, hasExtraGroups: boolean): TokenListRow | undefined {
  const match = /^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)(.*)$/.exec(line.trim());
  if (!match) return undefined;
  const [, token = '', ttl = '', expires = '', usages = '', rest = ''] = match;
  const id = TOKEN.exec(token)?.[1];
  if (id === undefined || (expires !== '<never>' && !RFC3339.test(expires))) return undefined;
  let description = rest.trim();
  let groups = '<none>';
  if (hasExtraGroups) {
    const last = /^(?:(.*\S)\s+)?(\S+)$/.exec(description);
    if (!last) return undefined;
    description = last[1] ?? '';
    groups = last[2] ?? '<none>';
  }
  return {
    token,
    id,
    ttl,
    expires,
    usages: list(usages),
    ...(description === '' || description === '<none>' ? {} : { description }),
    extraGroups: list(groups),
  };
}

/** Every token row in the output; lines that are not rows (the header, blank lines, stray stderr) are skipped. */
export function parseTokenList(output: string): TokenListRow[] {
  const lines = output.split(/\r?\n/);
  const header = lines.find((line) => HEADER.test(line.trim()));
  // Only the v1.8-era printer lacks EXTRA GROUPS, and it always prints its header.
  const hasExtraGroups = header === undefined || /\bEXTRA GROUPS\s*$/.test(header);
  return lines.flatMap((line) => {
    const row = parseRow(line, hasExtraGroups);
    return row ? [row] : [];
  });
}

/**
 * Whether the output is a token list at all (possibly an empty one): empty output (the newer printer with no
 * tokens), a header, or a row. Anything else is an error text that reached stdout and must not read as "no token".
 */
export function isTokenListOutput(output: string): boolean {
  if (output.trim() === '') return true;
  return output.split(/\r?\n/).some((line) => HEADER.test(line.trim())) || parseTokenList(output).length > 0;
}

/** `abcdef.…`: the id alone, for every message that names a token. */
export function tokenLabel(token: string): string {
  const id = token.trim().split('.')[0] ?? '';
  return TOKEN.test(token.trim()) ? `${id}.…` : '…';
}

/** Replaces every bootstrap token in a text (an error, a stray line) with its label, so no secret is shown. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_ANYWHERE, (_whole, id: string) => `${id}.…`);
}

/** kubeadm's `duration.ShortHumanDuration`, so the wizard's TTL reads like the list's. */
export function shortHumanDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.floor(hours / 24)}d`;
  return `${Math.floor(hours / (24 * 365))}y`;
}

/**
 * The configured token's state at `now`. The whole token is compared: a row with the same id and another secret
 * is another token, and join would fail with ours. The expiry is judged against `now` rather than the printed TTL
 * so the answer does not depend on when the list was taken.
 */
export function tokenStatus(rows: readonly TokenListRow[], token: string, now: Date): TokenStatus {
  const row = rows.find((candidate) => candidate.token === token.trim());
  if (!row) return { state: 'missing' };
  if (row.expires === '<never>') return { state: 'valid', expires: row.expires, ttl: '<forever>' };
  const left = Date.parse(row.expires) - now.getTime();
  if (Number.isNaN(left) || left <= 0) return { state: 'expired', expires: row.expires };
  return { state: left < EXPIRING_WITHIN_MS ? 'expiring' : 'valid', expires: row.expires, ttl: shortHumanDuration(left) };
}
