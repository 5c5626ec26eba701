/**
 * Turns one raw line of KubeCluster.ps1 output into the text the rules match. Output arrives through
 * consoles and SSH pseudo-terminals, so it may carry ANSI colour and cursor codes (PowerShell 7, ConPTY),
 * a stray CR (CRLF split across chunks, or a progress line redrawn in place) and indentation.
 */
const esc = String.fromCharCode(0x1b);
const bel = String.fromCharCode(0x07);
// CSI sequences (colours, cursor moves), OSC sequences (window titles) and the two-byte escapes.
const ansiPattern = new RegExp(`${esc}\\[[0-?]*[ -/]*[@-~]|${esc}\\][^${bel}${esc}]*(?:${bel}|${esc}\\\\)|${esc}[@-_]`, 'g');

export function stripAnsi(text: string): string {
  return text.replace(ansiPattern, '');
}

export function cleanLine(raw: string): string {
  const text = stripAnsi(raw).replace(/\r+$/, '');
  // A CR inside a line means the console redrew it: what the operator finally saw is the last part.
  const redrawn = text.lastIndexOf('\r');
  return (redrawn >= 0 ? text.slice(redrawn + 1) : text).trim();
}

/**
 * The frame PowerShell 5.1 puts around an error record: the position (`At C:\…\KubeCluster.ps1:123 char:5`,
 * or `At line:1 char:1`), the echoed source line and underline, and the `+ CategoryInfo` /
 * `+ FullyQualifiedErrorId` lines. They repeat the message, so they are never matched against rules.
 */
export function isErrorPosition(text: string): boolean {
  return /^At (?:line:\d+|.+:\d+) char:\d+$/.test(text);
}

export function isErrorFrame(text: string): boolean {
  return isErrorPosition(text) || /^\+(?:\s|$)/.test(text);
}
