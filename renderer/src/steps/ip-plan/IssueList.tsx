import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { PlanIssue } from '../../../../shared/ip-plan/plan-issues.js';
import { monospaceFont } from '../../theme.js';
import { focusField } from './field-issues.js';
import { warningText } from './IssueHelperText.js';
import { fieldLabel, fieldOrder } from './plan-fields.js';

/**
 * The summary of every problem, in the form's order: each entry names its stable code and field, and clicking
 * it puts the caret in that field, so a long list is a to-do list rather than a wall of text.
 */
export function IssueList(props: { title: string; issues: readonly PlanIssue[]; severity: 'error' | 'warning'; testId: string }) {
  if (props.issues.length === 0) return null;
  // Array.prototype.sort is stable, so a field's own issues keep the validator's order.
  const issues = [...props.issues].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field));
  const accent = (theme: Theme) => (props.severity === 'error' ? theme.palette.error.main : warningText(theme));
  return (
    <Box component="section" aria-label={props.title} data-testid={props.testId}>
      <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
        {props.title}
      </Typography>
      <List dense disablePadding sx={{ display: 'grid', gap: 0.75 }}>
        {issues.map((issue, index) => (
          <ListItem key={`${issue.code}-${issue.field}-${index}`} disablePadding>
            <ListItemButton
              onClick={() => focusField(issue.field)}
              data-testid="plan-issue"
              data-code={issue.code}
              data-field={issue.field}
              sx={{ display: 'block', borderLeft: 3, borderColor: accent, borderRadius: 1, bgcolor: 'action.hover', py: 0.75 }}
            >
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography component="span" variant="caption" sx={{ fontFamily: monospaceFont, fontWeight: 600, color: accent }}>
                  {issue.code}
                </Typography>
                <Typography component="span" variant="caption" color="text.secondary">
                  {fieldLabel(issue.field)}
                </Typography>
              </Box>
              <Typography variant="body2">{issue.message}</Typography>
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
