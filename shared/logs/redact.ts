/**
 * Removes secrets from a log line before it reaches the viewer or the log file. Known secrets (a token the
 * app fetched, a password typed) are replaced wherever they appear; recognisable shapes (kubeadm bootstrap
 * tokens, CA cert hashes, private key blocks) are replaced even when the app never saw them, because a remote
 * program may print them.
 */
const patterns: ReadonlyArray<[RegExp, string]> = [
  [/\b[a-z0-9]{6}\.[a-z0-9]{16}\b/g, '[REDACTED-TOKEN]'],
  [/sha256:[0-9a-fA-F]{64}/g, 'sha256:[REDACTED-CA-HASH]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[REDACTED-PRIVATE-KEY]'],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Secrets shorter than 4 characters are not registered: replacing them would shred ordinary text. */
  addSecret(secret: string): void {
    if (secret.length >= 4) this.secrets.add(secret);
  }

  redact(line: string): string {
    let result = line;
    for (const secret of this.secrets) {
      if (result.includes(secret)) result = result.split(secret).join('[REDACTED]');
    }
    for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
    return result;
  }
}
