const blockStart = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const blockEnd = /-----END [A-Z ]*PRIVATE KEY-----/;

/** What stands in for each line of a private key's body. */
export const redactedKeyLine = '[REDACTED-PRIVATE-KEY]';

/**
 * A private key printed by a program spans many lines, and log lines are redacted one at a time: the line-level
 * Redactor hides the BEGIN line, but the body lines after it look like any base64. One of these per output stream
 * remembers that a key block is open and hides every line up to and including its END line.
 */
export class KeyBlockRedaction {
  private inBlock = false;

  /** The line as it may be logged: unchanged outside a key block, `redactedKeyLine` inside one. */
  filter(line: string): string {
    if (this.inBlock) {
      if (blockEnd.test(line)) this.inBlock = false;
      return redactedKeyLine;
    }
    const start = blockStart.exec(line);
    if (start && !blockEnd.test(line.slice(start.index))) this.inBlock = true;
    return line;
  }
}
