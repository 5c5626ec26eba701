import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { LogLine } from '../../../shared/jobs/job-types.js';
import { useJobsStore } from '../store/jobs-store.js';
import { emptyLogWindow, logWindowSize } from '../store/log-window.js';
import { monospaceFont } from '../theme.js';
import { parseAnsi, type AnsiColor } from './log/ansi.js';
import { ansiPalettes } from './log/ansi-palette.js';
import {
  filterByStep,
  filterLines,
  findMatches,
  formatTime,
  highlightSegments,
  linesAsText,
  logFileText,
  stepChoices,
  stepMatch,
  streamFilterLabels,
  type StepFilter,
  type StreamFilter,
} from './log/log-filter.js';
import { FullLogButton } from './log/FullLogButton.js';
import { ArrowDownIcon, ArrowUpIcon, CopyIcon, DownloadIcon } from './log/LogIcons.js';
import { downloadText } from './log/save-file.js';
import { StepFilterSelect } from './log/StepFilterSelect.js';

/** How close to the bottom (in pixels) still counts as "at the tail". */
const tailSlack = 24;
/** Every line is one fixed-height row (no wrapping), so the virtualiser never has to measure. */
const rowHeight = 20;
const streamFilters: readonly StreamFilter[] = ['all', 'stdout', 'stderr', 'info'];
const noSteps: readonly { name: string }[] = [];

/**
 * One job's log window, virtualised so a flood of output stays cheap to render. It follows the tail while
 * the operator is at the bottom and stays put once they scroll up to read; "Jump to latest" resumes
 * following. Mount it with `key={jobId}` so each job starts at its tail.
 */
export function LogView(props: { jobId: string; logFile?: string | undefined; label: string }) {
  const log = useJobsStore((state) => state.logs[props.jobId] ?? emptyLogWindow);
  const jobSteps = useJobsStore((state) => state.jobs[props.jobId]?.steps ?? noSteps);
  const palette = ansiPalettes[useTheme().palette.mode];
  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const [filter, setFilter] = useState<StreamFilter>('all');
  const [stepFilter, setStepFilter] = useState<StepFilter>('all');
  const [query, setQuery] = useState('');
  const [activeSeq, setActiveSeq] = useState<number | null>(null);
  const [timestamps, setTimestamps] = useState(false);
  const [notice, setNotice] = useState('');
  const noticeTimer = useRef<number | undefined>(undefined);

  const steps = useMemo(() => stepChoices(jobSteps.map((step) => step.name), log.lines), [jobSteps, log.lines]);
  const shownStep = steps.some((choice) => choice.value === stepFilter) ? stepFilter : 'all';
  const lines = useMemo(() => filterLines(filterByStep(log.lines, shownStep), filter), [log.lines, shownStep, filter]);
  const matches = useMemo(() => findMatches(lines, query), [lines, query]);
  const activeIndex = activeSeq === null ? -1 : matches.findIndex((index) => lines[index]?.seq === activeSeq);
  const activeLine = activeIndex >= 0 ? lines[matches[activeIndex]!] : undefined;

  // TanStack Virtual returns a fresh API each render by design; nothing here memoises across it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 30,
    getItemKey: (index) => lines[index]?.seq ?? index,
  });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following) element.scrollTop = element.scrollHeight;
  }, [lines, following]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const atTail = element.scrollHeight - element.scrollTop - element.clientHeight <= tailSlack;
    if (atTail !== following) setFollowing(atTail);
  };

  const showMatch = (found: readonly number[], position: number) => {
    const index = found[position];
    const line = index === undefined ? undefined : lines[index];
    setActiveSeq(line?.seq ?? null);
    if (index === undefined) return;
    setFollowing(false);
    virtualizer.scrollToIndex(index, { align: 'center' });
  };
  const onQuery = (next: string) => {
    setQuery(next);
    showMatch(findMatches(lines, next), 0);
  };
  const step = (direction: 1 | -1) => showMatch(matches, stepMatch(activeIndex, matches.length, direction));
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  const say = (text: string, ms = 2500) => {
    setNotice(text);
    window.clearTimeout(noticeTimer.current);
    noticeTimer.current = window.setTimeout(() => setNotice(''), ms);
  };
  const copy = (text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => say(`Copied ${what}`),
      () => say('Copying failed'),
    );
  };
  const save = () => downloadText(`${props.jobId}.log`, logFileText(log.lines, log.dropped));

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, total - (items.at(-1)?.end ?? 0));

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Stack
        direction="row"
        useFlexGap
        spacing={1}
        data-testid="log-toolbar"
        sx={{ alignItems: 'center', px: 1.5, pt: 0.5, pb: 0.75, flexWrap: 'wrap', rowGap: 0.75 }}
      >
        <TextField
          size="small"
          label="Search log"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onSearchKey}
          sx={{ width: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'log-search' } }}
        />
        <Typography variant="body2" color="text.secondary" data-testid="log-search-count" aria-live="polite" sx={{ minWidth: 64 }}>
          {query ? (matches.length === 0 ? 'No matches' : `${activeIndex >= 0 ? activeIndex + 1 : 0} of ${matches.length}`) : ''}
        </Typography>
        <IconButton size="small" aria-label="Previous match" disabled={matches.length === 0} onClick={() => step(-1)}>
          <ArrowUpIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label="Next match" disabled={matches.length === 0} onClick={() => step(1)}>
          <ArrowDownIcon fontSize="small" />
        </IconButton>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter}
          aria-label="Show lines"
          onChange={(_event, value: StreamFilter | null) => value && setFilter(value)}
        >
          {streamFilters.map((value) => (
            <ToggleButton key={value} value={value} sx={{ py: 0.25, textTransform: 'none' }}>
              {streamFilterLabels[value]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {steps.length > 1 && <StepFilterSelect choices={steps} value={shownStep} onChange={setStepFilter} />}
        <FormControlLabel
          control={<Switch size="small" checked={timestamps} onChange={(event) => setTimestamps(event.target.checked)} />}
          label="Timestamps"
          sx={{ ml: 0.5, mr: 0 }}
        />
        <Button
          size="small"
          startIcon={<CopyIcon fontSize="small" />}
          disabled={lines.length === 0}
          onClick={() => copy(linesAsText(lines, { timestamps }), `${lines.length.toLocaleString()} lines`)}
        >
          Copy
        </Button>
        <Button size="small" startIcon={<DownloadIcon fontSize="small" />} disabled={log.lines.length === 0} onClick={save}>
          Save
        </Button>
        <FullLogButton jobId={props.jobId} onNotice={(text) => say(text, 10_000)} />
        <Typography variant="body2" color="text.secondary" role="status" data-testid="log-notice">
          {notice}
        </Typography>
      </Stack>
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
          minHeight: 0,
          overflow: 'auto',
          fontFamily: monospaceFont,
          fontSize: 12.5,
          lineHeight: `${rowHeight}px`,
          bgcolor: (theme) => (theme.palette.mode === 'dark' ? 'grey.900' : 'grey.50'),
          // Styled here once rather than per line: thousands of lines should not each carry a style.
          '& [data-testid="log-line"]': { height: rowHeight, whiteSpace: 'pre', px: 1.5 },
          '& [data-stream="stderr"]': { color: 'error.main', boxShadow: (theme) => `inset 2px 0 ${theme.palette.error.main}` },
          '& [data-stream="info"]': { color: 'info.main' },
          '& [data-active-match]': { bgcolor: 'action.selected' },
          '& mark': { bgcolor: 'warning.light', color: 'inherit', borderRadius: 0.5 },
          '& [data-active-match] mark': { bgcolor: 'warning.main', outline: 1, outlineColor: 'warning.dark' },
          '& [data-testid="log-time"]': { color: 'text.secondary', mr: 1.5 },
        }}
      >
        {lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 1 }}>
            {log.lines.length === 0 ? 'No output yet.' : 'No lines match the stream and step filters.'}
          </Typography>
        ) : (
          <div style={{ paddingTop: padTop, paddingBottom: padBottom, width: 'max-content', minWidth: '100%' }}>
            {items.map((item) => {
              const line = lines[item.index]!;
              return (
                <LogLineRow
                  key={item.key}
                  line={line}
                  query={query}
                  active={line === activeLine}
                  timestamps={timestamps}
                  palette={palette}
                />
              );
            })}
          </div>
        )}
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1.5, minHeight: 28, borderTop: 1, borderColor: 'divider' }}>
        {log.dropped > 0 && (
          <Typography variant="caption" color="text.secondary" data-testid="log-dropped" sx={{ fontStyle: 'italic' }}>
            {log.dropped.toLocaleString()} earlier lines not shown (window of {logWindowSize.toLocaleString()}).
          </Typography>
        )}
        {props.logFile && (
          <>
            <Typography variant="caption" color="text.secondary" data-testid="log-file" noWrap sx={{ minWidth: 0 }}>
              Full log on disk: <Box component="span" sx={{ fontFamily: monospaceFont }}>{props.logFile}</Box>
            </Typography>
            <Tooltip title="Copy the log file's path">
              <IconButton size="small" aria-label="Copy the log file's path" onClick={() => copy(props.logFile ?? '', 'the path')}>
                <CopyIcon sx={{ fontSize: 14 }} />
              </IconButton>
            </Tooltip>
          </>
        )}
      </Stack>
      {!following && (
        <Button
          size="small"
          variant="contained"
          onClick={() => setFollowing(true)}
          sx={{ position: 'absolute', right: 24, bottom: 40 }}
        >
          Jump to latest
        </Button>
      )}
    </Box>
  );
}

interface RowProps {
  line: LogLine;
  query: string;
  active: boolean;
  timestamps: boolean;
  palette: Record<AnsiColor, string>;
}

/** Memoised so a new batch renders only its own lines, not every visible row again. */
const LogLineRow = memo(function LogLineRow({ line, query, active, timestamps, palette }: RowProps) {
  const segments = highlightSegments(parseAnsi(line.text), query);
  return (
    <div
      data-testid="log-line"
      data-stream={line.stream}
      data-seq={line.seq}
      data-active-match={active ? '' : undefined}
      title={line.time}
    >
      {timestamps && <span data-testid="log-time">{formatTime(line.time)}</span>}
      {segments.map((segment, index) => {
        const style = segment.color || segment.bold ? { color: segment.color && palette[segment.color], fontWeight: segment.bold ? 700 : undefined } : undefined;
        return segment.match ? (
          <mark key={index} style={style}>
            {segment.text}
          </mark>
        ) : style ? (
          <span key={index} style={style}>
            {segment.text}
          </span>
        ) : (
          segment.text
        );
      })}
    </div>
  );
});
