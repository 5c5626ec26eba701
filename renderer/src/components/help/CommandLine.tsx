import { useRef } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { monospaceFont } from '../../theme.js';
import { CopyButton } from './CopyButton.js';

/** One command to run, as it must be typed, with its copy button beside it. */
export function CommandLine(props: { command: string; what: string; testId?: string }) {
  const shown = useRef<HTMLElement>(null);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start', my: 0.5 }}>
      <Box
        component="code"
        ref={shown}
        data-testid={props.testId}
        sx={{ display: 'block', flex: 1, minWidth: 0, px: 1, py: 0.5, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover', fontFamily: monospaceFont, fontSize: 12.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {props.command}
      </Box>
      <CopyButton text={props.command} what={props.what} shown={shown} testId={props.testId ? `${props.testId}-copy` : undefined} />
    </Stack>
  );
}
