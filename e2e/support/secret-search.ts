/**
 * Searching written bytes for secrets, shared by the tests that prove none leaked (the user-data folder, the
 * diagnostics bundle). Texts are compared as latin1, so any byte sequence can be searched.
 */

/** Every way a secret could sit in a file: as is, as UTF-16 (PowerShell), as hex, and as base64 at any offset. */
export function encodingsOf(secret: string): string[] {
  const forms = new Set<string>();
  for (const bytes of [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')]) {
    forms.add(bytes.toString('latin1'));
    forms.add(bytes.toString('hex'));
    for (let offset = 0; offset < 3; offset++) {
      // Only the base64 characters that depend on the secret's bytes alone, whatever surrounds it.
      const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
      const inner = encoded.slice(4 * Math.ceil(offset / 3), 4 * Math.floor((offset + bytes.length) / 3));
      if (inner.length >= 12) {
        forms.add(inner);
        forms.add(inner.replaceAll('+', '-').replaceAll('/', '_'));
      }
    }
  }
  return [...forms];
}

/** The secrets (by name) found in a text, in any of their encodings. */
export function leaks(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets).flatMap(([name, secret]) => (encodingsOf(secret).some((form) => text.includes(form)) ? [name] : []));
}
