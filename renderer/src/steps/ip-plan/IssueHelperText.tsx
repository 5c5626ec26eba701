import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { FieldIssues } from './field-issues.js';

/** Warnings are advice, not refusals: a muted amber that stays readable on both palettes. */
export const warningText = (theme: Theme) => (theme.palette.mode === 'dark' ? theme.palette.warning.light : theme.palette.warning.dark);

/**
 * A field's helper text: its errors when it has any (every one, so each problem is at its field, not only
 * in the summary), otherwise the explanation followed by any warnings. Rendered inside FormHelperText's
 * <p>, so the lines are spans shown as blocks.
 */
export function IssueHelperText(props: { helper: ReactNode; issues: FieldIssues }): ReactNode {
  const { errors, warnings } = props.issues;
  if (errors.length > 0) {
    // Index keys: two overlaps can produce the same sentence, and the list is rebuilt whole on every change.
    return errors.map((message, index) => (
      <Box component="span" key={index} sx={{ display: 'block' }} data-testid="field-error">
        {message}
      </Box>
    ));
  }
  return (
    <>
      {props.helper}
      {warnings.map((message, index) => (
        <Box component="span" key={index} sx={{ display: 'block', mt: 0.25, color: warningText }} data-testid="field-warning">
          {message}
        </Box>
      ))}
    </>
  );
}
