/** Focus for an element React does not hold a ref to (another component's button); false when it is not there. */
export function focusElementById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.focus();
  return document.activeElement === element;
}

/**
 * Focus for an element the current update is about to render (a row just added) or for where the operator should
 * land when the focused control goes away (a row's remove button): after the next frame, once React has committed.
 */
export function focusAfterRender(id: string): void {
  requestAnimationFrame(() => focusElementById(id));
}
