import { memo } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../../theme.js';
import { CopyIcon } from './LogIcons.js';

/** Below a log: how many earlier lines the window left out, and where the full log is on disk. */
export function LogFooter(props: { dropped: number; windowSize: number; logFile?: string | undefined; onCopyPath: (path: string) => void }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1.5, minHeight: 28, borderTop: 1, borderColor: 'divider' }}>
      {props.dropped > 0 && (
        <Typography variant="caption" color="text.secondary" data-testid="log-dropped" sx={{ fontStyle: 'italic' }}>
          {props.dropped.toLocaleString()} earlier lines not shown (window of {props.windowSize.toLocaleString()}).
        </Typography>
      )}
      {props.logFile && <LogFileNote logFile={props.logFile} onCopyPath={props.onCopyPath} />}
    </Stack>
  );
}

/** Memoised: the dropped count above changes with every batch of a flood, the file never does. */
const LogFileNote = memo(function LogFileNote(props: { logFile: string; onCopyPath: (path: string) => void }) {
  return (
    <>
      <Typography variant="caption" color="text.secondary" data-testid="log-file" noWrap sx={{ minWidth: 0 }}>
        Full log on disk: <Box component="span" sx={{ fontFamily: monospaceFont }}>{props.logFile}</Box>
      </Typography>
      <Tooltip title="Copy the log file's path">
        <IconButton size="small" aria-label="Copy the log file's path" onClick={() => props.onCopyPath(props.logFile)}>
          <CopyIcon sx={{ fontSize: 14 }} />
        </IconButton>
      </Tooltip>
    </>
  );
});
