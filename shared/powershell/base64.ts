/**
 * Base64 and the byte encodings PowerShell needs, written out because `shared/` runs in the renderer too
 * (no `Buffer`), and `TextEncoder` only produces UTF-8.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, with `=` padding), as .NET's `Convert.FromBase64String` reads it. */
export function base64FromBytes(bytes: Uint8Array): string {
  const out: string[] = [];
  const at = (index: number) => alphabet.charAt(index);
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(at(n >> 18) + at((n >> 12) & 63) + at((n >> 6) & 63) + at(n & 63));
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out.push(at(n >> 18) + at((n >> 12) & 63) + (rest === 2 ? at((n >> 6) & 63) : '=') + '=');
  }
  return out.join('');
}

/**
 * The UTF-16LE bytes of a string, code unit by code unit (a lone surrogate is kept as it is, exactly as
 * .NET and Node's `Buffer.from(text, 'utf16le')` keep it).
 */
export function utf16leBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

/** True when the string has an unpaired surrogate, which no UTF-8 file can hold. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
