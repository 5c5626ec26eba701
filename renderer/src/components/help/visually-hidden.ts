/**
 * Text for screen readers only. Help buttons are named this way rather than with aria-label: an aria-label
 * containing the field's label ("Help: Service CIDR") would also answer to that label (getByLabel and some
 * assistive tools match aria-label), so the field could no longer be found by its own name.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
