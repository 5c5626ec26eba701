import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../../theme.js';
import { copyText } from '../flannel/copy-save.js';
import { CopyIcon } from '../flannel/flannel-icons.js';
import { fixParts, type FixPart } from './fix-text.js';

const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } as const;

/** One command of a fix, in monospace with its own copy button: a block of its own, or inline in a sentence. */
function Command(props: { command: string; inline: boolean }) {
  const shown = useRef<HTMLElement>(null);
  const [notice, setNotice] = useState('');
  const copy = () => void copyText(props.command, shown.current).then((how) => setNotice(how === 'copied' ? 'Copied' : 'Selected: press Ctrl+C'));
  return (
    <Box component="span" sx={{ display: props.inline ? 'inline' : 'flex', alignItems: 'flex-start', gap: 0.5, my: props.inline ? 0 : 0.5 }}>
      <Box
        component="code"
        ref={shown}
        data-testid="preflight-fix-command"
        sx={{
          display: props.inline ? 'inline' : 'block',
          flex: 1,
          px: props.inline ? 0.5 : 1,
          py: props.inline ? 0 : 0.5,
          borderRadius: 1,
          border: props.inline ? 0 : 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          fontFamily: monospaceFont,
          fontSize: 12.5,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {props.command}
      </Box>
      <Tooltip title={notice || 'Copy the command'}>
        <IconButton size="small" aria-label={`Copy the command ${props.command}`} onClick={copy} sx={props.inline ? { p: 0.25, ml: 0.25, verticalAlign: 'text-bottom' } : undefined}>
          <CopyIcon sx={{ fontSize: props.inline ? 14 : 18 }} />
        </IconButton>
      </Tooltip>
      <span role="status" style={hidden}>
        {notice}
      </span>
    </Box>
  );
}

/** Prose and inline commands flow as one paragraph; a block command breaks it. */
function paragraphs(parts: readonly FixPart[]): FixPart[][] {
  const out: FixPart[][] = [];
  for (const part of parts) {
    const current = out.at(-1);
    const block = part.kind === 'command' && !part.inline;
    if (block || !current || (current[0]?.kind === 'command' && !current[0].inline)) out.push([part]);
    else current.push(part);
  }
  return out;
}

/** A check's fix: prose as text, each command (own line, after a closing colon, in backticks) copyable. */
export function FixText(props: { fix: string; testId: string }) {
  return (
    <Box data-testid={props.testId} sx={{ mt: 0.5 }}>
      {paragraphs(fixParts(props.fix)).map((group, index) => {
        const first = group[0];
        if (first?.kind === 'command' && !first.inline) return <Command key={index} command={first.text} inline={false} />;
        return (
          <Typography key={index} variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            {group.map((part, at) => (part.kind === 'command' ? <Command key={at} command={part.text} inline /> : <span key={at}>{part.text}</span>))}
          </Typography>
        );
      })}
    </Box>
  );
}
