/**
 * Keeps keyboard focus from falling to the page body. The browser drops focus there when the focused control is
 * disabled (most buttons here are disabled while their job or check runs), removed (a row's Remove button), or a
 * dialog closes that was opened from a control already disabled. A keyboard user would then restart from the top
 * of the page; instead focus goes back to the control when it can take it, else to the heading of its section
 * (or of the step), from where the next Tab continues.
 */

const stepHeadingId = 'step-heading';

function canTakeFocus(element: HTMLElement | null): boolean {
  if (!element?.isConnected || element.matches(':disabled') || element.closest('[inert], [aria-hidden="true"]')) return false;
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The heading that names the closest labelled section around `element`, made focusable from script only. */
function sectionHeading(element: HTMLElement): HTMLElement | null {
  for (let section = element.closest<HTMLElement>('[aria-labelledby]'); section; section = section.parentElement?.closest<HTMLElement>('[aria-labelledby]') ?? null) {
    const heading = document.getElementById(section.getAttribute('aria-labelledby')?.split(/\s+/)[0] ?? '');
    if (heading && /^H[1-6]$/.test(heading.tagName) && canTakeFocus(heading)) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      return heading;
    }
  }
  return null;
}

function landingFor(lost: HTMLElement, lastOutsideDialogs: HTMLElement | null): HTMLElement | null {
  // Still focusable: the operator moved focus away on purpose (clicked the page), which is theirs to do.
  if (canTakeFocus(lost)) return null;
  // Inside an open dialog: its focusable frame, where its focus trap would put it anyway. Focus must be on
  // something in the dialog when it closes, or nothing tells this rescue to bring it back out.
  if (lost.isConnected && lost.closest('[role="dialog"]')) return lost.closest<HTMLElement>('[tabindex="-1"]');
  // Disabled or hidden while it had focus (a job started): the heading of its section, one Tab away from it.
  if (lost.isConnected) return sectionHeading(lost) ?? document.getElementById(stepHeadingId);
  // Removed with its dialog or its row: back to where the operator was outside dialogs, if that is still there.
  if (lastOutsideDialogs && canTakeFocus(lastOutsideDialogs)) return lastOutsideDialogs;
  return (lastOutsideDialogs?.isConnected ? sectionHeading(lastOutsideDialogs) : null) ?? document.getElementById(stepHeadingId);
}

const lostFocus = () => !document.activeElement || document.activeElement === document.body;

/** Installs the listeners once for the page's lifetime; returns a function that removes them. */
export function startFocusRescue(): () => void {
  let lastOutsideDialogs: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && target !== document.body && !target.closest('[role="dialog"]')) lastOutsideDialogs = target;
  };
  const onFocusOut = (event: FocusEvent) => {
    const lost = event.target;
    if (event.relatedTarget || !(lost instanceof HTMLElement)) return;
    // After the frame: React has committed, a dialog has taken focus if it opened, and a click elsewhere has landed.
    requestAnimationFrame(() => {
      if (!lostFocus()) return;
      landingFor(lost, lastOutsideDialogs)?.focus({ preventScroll: true });
    });
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut);
  };
}
