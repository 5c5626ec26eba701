import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PreflightCheck, PreflightStatus } from '../../../../shared/preflight/preflight-types.js';
import { FailedIcon, SkippedIcon, SucceededIcon } from '../flannel/flannel-icons.js';
import { FixText } from './FixText.js';
import { WarningIcon } from './install-icons.js';
import { preflightStatusWords } from './preflight-view.js';

const looks: Record<PreflightStatus, { icon: ReactNode; color: string }> = {
  pass: { icon: <SucceededIcon fontSize="small" />, color: 'success.main' },
  warn: { icon: <WarningIcon fontSize="small" />, color: 'warning.main' },
  fail: { icon: <FailedIcon fontSize="small" />, color: 'error.main' },
  skip: { icon: <SkippedIcon fontSize="small" />, color: 'text.secondary' },
};

/** One check: icon and status word (never colour alone), title, what was found, the fix, and its action. */
export function PreflightCheckItem(props: { check: PreflightCheck; action?: ReactNode }) {
  const { check } = props;
  const look = looks[check.status];
  return (
    <ListItem disableGutters data-testid={`preflight-check-${check.id}`} data-status={check.status} sx={{ alignItems: 'flex-start', gap: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack sx={{ width: 72, flexShrink: 0, alignItems: 'center', color: look.color, pt: 0.25 }}>
        {look.icon}
        <Typography variant="caption" sx={{ fontWeight: 700, textTransform: 'uppercase', letterSpacing: 0.5 }}>
          {preflightStatusWords[check.status]}
        </Typography>
      </Stack>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" component="h4" sx={{ fontWeight: 600 }}>
          {check.title}
        </Typography>
        {check.detail && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {check.detail}
          </Typography>
        )}
        {check.fix && check.status !== 'pass' && <FixText fix={check.fix} testId={`preflight-fix-${check.id}`} />}
        {props.action && <Box sx={{ mt: 1 }}>{props.action}</Box>}
      </Box>
    </ListItem>
  );
}
