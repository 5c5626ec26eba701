import { copyText } from '../../steps/flannel/copy-save.js';

/**
 * Copies text the page shows somewhere a copy button cannot point at (a fingerprint inside a sentence). The
 * fallback of `copyText` needs an element to select, so an off-screen textarea holding exactly the text stands in;
 * it is gone afterwards, so a fallback that only selected counts as failed.
 */
export async function copyWithFallback(text: string, shown: HTMLElement | null | undefined): Promise<'copied' | 'selected' | 'failed'> {
  if (shown) return copyText(text, shown);
  const stand = document.createElement('textarea');
  stand.value = text;
  stand.readOnly = true;
  stand.setAttribute('aria-hidden', 'true');
  Object.assign(stand.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(stand);
  try {
    return (await copyText(text, stand)) === 'copied' ? 'copied' : 'failed';
  } finally {
    stand.remove();
    focused?.focus();
  }
}
