import { memo, useLayoutEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { LogLine } from '../../../shared/jobs/job-types.js';
import { useJobsStore } from '../store/jobs-store.js';
import { emptyLogWindow } from '../store/log-window.js';
import { monospaceFont } from '../theme.js';

/** How close to the bottom (in pixels) still counts as "at the tail". */
const tailSlack = 24;

/**
 * One job's log window. It follows the tail while the operator is at the bottom and stays put once they
 * scroll up to read; "Jump to latest" resumes following. Mount it with `key={jobId}` so each job starts
 * at its tail.
 */
export function LogView(props: { jobId: string; logFile?: string | undefined; label: string }) {
  const log = useJobsStore((state) => state.logs[props.jobId] ?? emptyLogWindow);
  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following) element.scrollTop = element.scrollHeight;
  }, [log.lines, following]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const atTail = element.scrollHeight - element.scrollTop - element.clientHeight <= tailSlack;
    if (atTail !== following) setFollowing(atTail);
  };

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Box
        ref={scroller}
        onScroll={onScroll}
        role="log"
        aria-live="off"
        aria-label={props.label}
        tabIndex={0}
        data-testid="log-lines"
        sx={{
          flex: 1,
          overflow: 'auto',
          px: 1.5,
          py: 1,
          fontFamily: monospaceFont,
          fontSize: 12.5,
          lineHeight: 1.5,
          bgcolor: (theme) => (theme.palette.mode === 'dark' ? 'grey.900' : 'grey.50'),
          // Styled here once rather than per line: thousands of lines should not each carry a style.
          '& [data-testid="log-line"]': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
          '& [data-stream="stderr"]': { color: 'error.main', borderLeft: 2, borderColor: 'error.main', pl: 1, ml: -1.25 },
          '& [data-stream="info"]': { color: 'info.main' },
        }}
      >
        {log.dropped > 0 && (
          <Typography variant="caption" component="div" color="text.secondary" sx={{ mb: 1, fontStyle: 'italic' }}>
            {log.dropped.toLocaleString()} earlier lines are not shown here
            {props.logFile ? `; the full log is in ${props.logFile}` : ''}.
          </Typography>
        )}
        {log.lines.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            No output yet.
          </Typography>
        )}
        {log.lines.map((line) => (
          <LogLineRow key={line.seq} line={line} />
        ))}
      </Box>
      {!following && (
        <Button
          size="small"
          variant="contained"
          onClick={() => setFollowing(true)}
          sx={{ position: 'absolute', right: 24, bottom: 12 }}
        >
          Jump to latest
        </Button>
      )}
    </Box>
  );
}

/** Memoised so a new batch renders only its own lines, not the whole window again. */
const LogLineRow = memo(function LogLineRow(props: { line: LogLine }) {
  const { line } = props;
  return (
    <div data-testid="log-line" data-stream={line.stream} data-seq={line.seq} title={line.time}>
      {line.text}
    </div>
  );
});
