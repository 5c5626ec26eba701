/**
 * A preflight fix, split so commands show in monospace with their own copy button and prose stays prose. An
 * inline command sat between backticks inside a sentence; the others stand as a block of their own.
 */
export type FixPart = { kind: 'text'; text: string } | { kind: 'command'; text: string; inline: boolean };

/**
 * A PowerShell cmdlet (Verb-Noun, so "Hyper-V" is not one), a path-invoked script, or a known CLI, at the start
 * of what follows. Fix texts put a command on its own line, after a colon that ends the prose ("On the Hyper-V
 * host: Get-VMNetworkAdapter …"), or between backticks.
 */
const commandStart = /^(?:[A-Z][a-z]+-[A-Z][A-Za-z]*[a-z][A-Za-z]*(?=\s|$)|\.[\\/]\S|&\s|(?:kubectl|kubeadm|netsh|sudo|ssh-keygen|ssh|scp|sc\.exe|reg|powershell|pwsh|echo|cat|mkdir|chmod|systemctl)\s)/;

export function looksLikeCommand(text: string): boolean {
  return commandStart.test(text.trim());
}

function pushText(parts: FixPart[], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === 'text') last.text += text;
  else parts.push({ kind: 'text', text });
}

function splitLine(line: string, parts: FixPart[]): void {
  if (looksLikeCommand(line)) {
    parts.push({ kind: 'command', text: line.trim(), inline: false });
    return;
  }
  const ticks = line.split('`');
  if (ticks.length >= 3) {
    ticks.forEach((piece, index) => {
      // Odd pieces sat between backticks; an unmatched last backtick leaves its text as prose.
      if (index % 2 === 1 && index < ticks.length - 1 && piece.trim()) parts.push({ kind: 'command', text: piece.trim(), inline: true });
      else pushText(parts, index % 2 === 1 && index === ticks.length - 1 ? `\`${piece}` : piece);
    });
    return;
  }
  for (let at = line.indexOf(': '); at > 0; at = line.indexOf(': ', at + 1)) {
    const tail = line.slice(at + 2);
    if (!looksLikeCommand(tail)) continue;
    pushText(parts, line.slice(0, at + 1));
    parts.push({ kind: 'command', text: tail.trim().replace(/\.$/, ''), inline: false });
    return;
  }
  pushText(parts, line);
}

export function fixParts(fix: string): FixPart[] {
  const parts: FixPart[] = [];
  fix.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) pushText(parts, '\n');
    splitLine(line, parts);
  });
  // Line breaks around a command block are layout, not text.
  return parts
    .map((part) => (part.kind === 'text' ? { ...part, text: part.text.replace(/^\n+|\n+$/g, '') } : part))
    .filter((part) => part.text !== '');
}
