import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../../theme.js';

/** One part of the file: a titled card naming the JSON section it writes, so the form reads like the preview. */
export function ConfigSection(props: { id: string; title: string; path?: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  const titleId = `node-config-${props.id}-title`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }} data-testid={props.testId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography id={titleId} variant="subtitle1" component="h3">
          {props.title}
        </Typography>
        {props.path && (
          <Box component="code" sx={{ fontFamily: monospaceFont, fontSize: 12, color: 'text.secondary', px: 0.75, py: 0.125, borderRadius: 1, bgcolor: 'action.hover' }}>
            {props.path}
          </Box>
        )}
      </Stack>
      {props.description && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {props.description}
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 2 }}>
        {props.children}
      </Stack>
    </Paper>
  );
}

/** Fields side by side on wide windows, stacked on narrow ones. */
export function FieldRow(props: { children: ReactNode }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
      {props.children}
    </Stack>
  );
}
