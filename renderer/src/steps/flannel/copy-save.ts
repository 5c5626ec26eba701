/**
 * Copy and save without any permission or main-side call, so they work the same in Electron and in a browser.
 */

/** Selects the text of an element, so the operator can copy it themselves when the clipboard is unavailable. */
function selectContents(element: HTMLElement): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
    return;
  }
  const selection = window.getSelection();
  selection?.selectAllChildren(element);
}

/**
 * Copies text to the clipboard. The async clipboard API may be missing or denied (Electron refuses permission
 * requests; a browser may ask), so the fallback selects the shown text and tries the older copy command;
 * when even that fails, the text stays selected for Ctrl+C.
 */
export async function copyText(text: string, shown: HTMLElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!shown) return 'selected';
    selectContents(shown);
    // Deprecated, but the one copy path that needs no permission, only the click that called us.
    return document.execCommand('copy') ? 'copied' : 'selected';
  }
}

/** Offers text as a file download: the browser's (or Electron's) own save flow, no file system access here. */
export function saveText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; revoke later rather than cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
