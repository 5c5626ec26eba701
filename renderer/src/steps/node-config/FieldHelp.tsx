import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { warningText } from '../ip-plan/IssueHelperText.js';
import type { FieldIssues } from './config-fields.js';

const line = { display: 'block' } as const;

/**
 * A field's helper text: its errors (red, through the field's error state), then warnings (amber) and notices
 * (info blue); the explanation shows while there is no error. Spans, because FormHelperText renders a <p>.
 */
export function FieldHelp(props: { helper?: ReactNode; issues: FieldIssues }): ReactNode {
  const { errors, warnings, notices } = props.issues;
  return (
    <>
      {errors.map((message, index) => (
        <Box component="span" key={`e${index}`} sx={line} data-testid="field-error">
          {message}
        </Box>
      ))}
      {errors.length === 0 && props.helper}
      {warnings.map((message, index) => (
        <Box component="span" key={`w${index}`} sx={{ ...line, mt: 0.25, color: warningText }} data-testid="field-warning">
          {message}
        </Box>
      ))}
      {notices.map((message, index) => (
        <Box component="span" key={`n${index}`} sx={{ ...line, mt: 0.25, color: 'info.main' }} data-testid="field-notice">
          {message}
        </Box>
      ))}
    </>
  );
}
