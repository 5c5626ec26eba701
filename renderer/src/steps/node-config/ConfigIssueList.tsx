import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { NodeConfigIssue } from '../../../../shared/node-config/node-config-issues.js';
import { monospaceFont } from '../../theme.js';
import { warningText } from '../ip-plan/IssueHelperText.js';
import { configFieldLabel, focusConfigField } from './config-fields.js';

const accent = (severity: NodeConfigIssue['severity']) => (theme: Theme) =>
  severity === 'error' ? theme.palette.error.main : severity === 'warning' ? warningText(theme) : theme.palette.info.main;

/**
 * Problems as a to-do list: each names its code, its field and (for an imported file) its line and column,
 * and clicking it puts the caret in that field.
 */
export function ConfigIssueList(props: { issues: readonly NodeConfigIssue[]; testId: string; positions?: boolean }) {
  if (props.issues.length === 0) return null;
  return (
    <List dense disablePadding data-testid={props.testId} sx={{ display: 'grid', gap: 0.75 }}>
      {props.issues.map((item, index) => (
        <ListItem key={`${item.code}-${item.field}-${index}`} disablePadding>
          <ListItemButton
            onClick={() => focusConfigField(item.field)}
            data-testid="config-issue"
            data-code={item.code}
            data-field={item.field}
            data-severity={item.severity}
            sx={{ display: 'block', borderLeft: 3, borderColor: accent(item.severity), borderRadius: 1, bgcolor: 'action.hover', py: 0.75 }}
          >
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
              {props.positions && item.line !== undefined && (
                <Typography component="span" variant="caption" data-testid="issue-position" sx={{ fontFamily: monospaceFont, fontWeight: 600 }}>
                  {item.line}:{item.column ?? 1}
                </Typography>
              )}
              <Typography component="span" variant="caption" sx={{ fontFamily: monospaceFont, fontWeight: 600, color: accent(item.severity) }}>
                {item.code}
              </Typography>
              <Typography component="span" variant="caption" color="text.secondary">
                {configFieldLabel(item.field)}
                {item.field !== 'file' && item.field !== configFieldLabel(item.field) && (
                  <Box component="span" sx={{ fontFamily: monospaceFont, ml: 0.75 }}>
                    {item.field}
                  </Box>
                )}
              </Typography>
            </Box>
            <Typography variant="body2">{item.message}</Typography>
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
