import { useEffect, useState, type RefObject } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { CopyIcon } from '../../steps/flannel/flannel-icons.js';
import { copyWithFallback } from './copy-with-fallback.js';

const notices = { copied: 'Copied', selected: 'Selected: press Ctrl+C to copy', failed: 'Could not copy: select the text and press Ctrl+C' } as const;

/**
 * A copy icon for one command, file or fingerprint, named "Copy <what>". The confirmation is read out through
 * an aria-live region (not role="status": a panel may hold several of these next to its own status line).
 * `shown` is the element displaying the text, selected for Ctrl+C when the clipboard cannot be written.
 */
export function CopyButton(props: { text: string; what: string; shown?: RefObject<HTMLElement | null>; testId?: string }) {
  const [notice, setNotice] = useState<keyof typeof notices | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle', gap: 0.5 }}>
      <Tooltip title={notice ? notices[notice] : `Copy ${props.what}`}>
        <IconButton size="small" aria-label={`Copy ${props.what}`} onClick={() => void copyWithFallback(props.text, props.shown?.current).then(setNotice)} data-testid={props.testId}>
          <CopyIcon sx={{ fontSize: 18 }} />
        </IconButton>
      </Tooltip>
      <Box component="span" aria-live="polite" sx={{ typography: 'caption', color: notice === 'copied' ? 'success.main' : 'text.secondary', whiteSpace: 'nowrap' }} data-testid={props.testId ? `${props.testId}-notice` : undefined}>
        {notice ? notices[notice] : ''}
      </Box>
    </Box>
  );
}
