import { useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../../theme.js';
import { CopySaveButtons } from './CopySaveButtons.js';

/**
 * Text the operator may copy or save, shown as it will be written: monospace, unwrapped, scrollable.
 * `children` replaces the plain rendering (the diff colours its lines) while Copy and Save still use `text`.
 */
export function CodeBlock(props: {
  title: string;
  text: string;
  testId: string;
  fileName?: string;
  mime?: string;
  maxHeight?: number;
  /** Wrap long lines (one long line such as an authorized_keys entry) instead of scrolling sideways. */
  wrap?: boolean;
  children?: ReactNode;
}) {
  const shown = useRef<HTMLPreElement>(null);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      <Stack direction="row" sx={{ alignItems: 'center', pl: 1.5, pr: 0.5, py: 0.25, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="caption" sx={{ fontFamily: monospaceFont, fontWeight: 600, flexGrow: 1 }}>
          {props.title}
        </Typography>
        <CopySaveButtons text={props.text} what={props.title} shown={shown} fileName={props.fileName} mime={props.mime} />
      </Stack>
      <Box
        component="pre"
        ref={shown}
        tabIndex={0}
        aria-label={props.title}
        data-testid={props.testId}
        sx={{ m: 0, px: 1.5, py: 1, maxHeight: props.maxHeight ?? 360, overflow: 'auto', fontFamily: monospaceFont, fontSize: 12.5, lineHeight: 1.55, ...(props.wrap ? { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } : {}) }}
      >
        {props.children ?? props.text}
      </Box>
    </Box>
  );
}
