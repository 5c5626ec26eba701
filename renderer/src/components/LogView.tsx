import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
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
  type StepChoice,
  type StepFilter,
  type StreamFilter,
} from './log/log-filter.js';
import { LogFooter } from './log/LogFooter.js';
import { LogToolbar } from './log/LogToolbar.js';
import { centredScrollTop, firstRowAt, rowsFrom, tailRows } from './log/row-window.js';
import { downloadText } from './log/save-file.js';

/** How close to the bottom (in pixels) still counts as "at the tail". */
const tailSlack = 24;
/** Every line is one fixed-height row (no wrapping), so the rows shown follow from the scroll position alone. */
const rowHeight = 20;
const overscan = 30;
const noSteps: readonly { name: string }[] = [];
const noChoices: readonly StepChoice[] = [];
/** The toolbar's height on one row, kept free until it appears. */
const toolbarHeight = 52;

/**
 * False on the first render, true from the next frame on. The first open of a log mounts a dozen MUI controls,
 * and emotion compiles and inserts their styles in the same commit: one long task. Mounting the toolbar a frame
 * later splits it in two, so the rows show at once and the page stays responsive.
 */
function useNextFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}

/**
 * One job's log window, windowed so a flood of output stays cheap to render: only the rows in view (and a few
 * around them) exist, and a batch of lines re-renders the new rows and nothing else. It follows the tail while
 * the operator is at the bottom and stays put once they scroll up to read; "Jump to latest" resumes following.
 * Mount it with `key={jobId}` so each job starts at its tail.
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
  /** The row at the top of the view while not following, and the view's height. */
  const [firstRow, setFirstRow] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  const toolbarShown = useNextFrame();

  const steps = useMemo(() => stepChoices(jobSteps.map((step) => step.name), log.lines), [jobSteps, log.lines]);
  const shownStep = steps.some((choice) => choice.value === stepFilter) ? stepFilter : 'all';
  const lines = useMemo(() => filterLines(filterByStep(log.lines, shownStep), filter), [log.lines, shownStep, filter]);
  const matches = useMemo(() => findMatches(lines, query), [lines, query]);
  const activeIndex = activeSeq === null ? -1 : matches.findIndex((index) => lines[index]?.seq === activeSeq);
  const activeLine = activeIndex >= 0 ? lines[matches[activeIndex]!] : undefined;

  const windowInput = { count: lines.length, rowHeight, viewportHeight, overscan };
  const range = following ? tailRows(windowInput) : rowsFrom(firstRow, windowInput);

  // The toolbar's callbacks stay the same across batches (so it need not re-render); they read the latest
  // lines and matches from here.
  const latest = useRef({ lines, matches, activeIndex, log, viewportHeight });
  useLayoutEffect(() => {
    latest.current = { lines, matches, activeIndex, log, viewportHeight };
  });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewportHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following) element.scrollTop = element.scrollHeight;
  }, [lines, following, viewportHeight]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const atTail = element.scrollHeight - element.scrollTop - element.clientHeight <= tailSlack;
    if (atTail !== following) setFollowing(atTail);
    // while following, the rows shown are the tail's whatever the position; only reading needs the position
    if (!atTail) setFirstRow(firstRowAt(element.scrollTop, rowHeight));
  };

  // Home and End jump at once instead of the browser's animated scroll through the windowed rows; End also
  // resumes following the tail, like "Jump to latest".
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = scroller.current;
    if (!element || (event.key !== 'Home' && event.key !== 'End') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const toEnd = event.key === 'End';
    setFollowing(toEnd);
    if (!toEnd) setFirstRow(0);
    element.scrollTop = toEnd ? element.scrollHeight : 0;
  };

  const showMatch = useCallback((found: readonly number[], position: number) => {
    const index = found[position];
    const line = index === undefined ? undefined : latest.current.lines[index];
    setActiveSeq(line?.seq ?? null);
    if (index === undefined) return;
    setFollowing(false);
    const top = centredScrollTop(index, { rowHeight, viewportHeight: latest.current.viewportHeight });
    setFirstRow(firstRowAt(top, rowHeight));
    if (scroller.current) scroller.current.scrollTop = top;
  }, []);
  const onQuery = useCallback(
    (next: string) => {
      setQuery(next);
      showMatch(findMatches(latest.current.lines, next), 0);
    },
    [showMatch],
  );
  const onStepMatch = useCallback(
    (direction: 1 | -1) => {
      const { matches: found, activeIndex: current } = latest.current;
      showMatch(found, stepMatch(current, found.length, direction));
    },
    [showMatch],
  );

  const say = useCallback((text: string, ms = 2500) => {
    setNotice(text);
    window.clearTimeout(noticeTimer.current);
    noticeTimer.current = window.setTimeout(() => setNotice(''), ms);
  }, []);
  const copy = useCallback(
    (text: string, what: string) => {
      navigator.clipboard.writeText(text).then(
        () => say(`Copied ${what}`),
        () => say('Copying failed'),
      );
    },
    [say],
  );
  const onCopy = useCallback(() => {
    const shown = latest.current.lines;
    copy(linesAsText(shown, { timestamps }), `${shown.length.toLocaleString()} lines`);
  }, [copy, timestamps]);
  const jobId = props.jobId;
  const onSave = useCallback(() => downloadText(`${jobId}.log`, logFileText(latest.current.log.lines, latest.current.log.dropped)), [jobId]);
  const onFullLogNotice = useCallback((text: string) => say(text, 10_000), [say]);
  const onCopyPath = useCallback((path: string) => copy(path, 'the path'), [copy]);

  const matchText = query ? (matches.length === 0 ? 'No matches' : `${activeIndex >= 0 ? activeIndex + 1 : 0} of ${matches.length}`) : '';

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      {toolbarShown ? (
        <LogToolbar
          jobId={jobId}
          query={query}
          onQuery={onQuery}
          matchText={matchText}
          hasMatches={matches.length > 0}
          onStepMatch={onStepMatch}
          filter={filter}
          onFilter={setFilter}
          steps={steps.length > 1 ? steps : noChoices}
          step={shownStep}
          onStep={setStepFilter}
          timestamps={timestamps}
          onTimestamps={setTimestamps}
          canCopy={lines.length > 0}
          onCopy={onCopy}
          canSave={log.lines.length > 0}
          onSave={onSave}
          notice={notice}
          onNotice={onFullLogNotice}
        />
      ) : (
        <Box sx={{ height: toolbarHeight, flexShrink: 0 }} />
      )}
      <Box
        ref={scroller}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
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
          // Inset, since the scrolling box clips anything drawn outside it.
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
          // Styled here once rather than per line: thousands of lines should not each carry a style.
          '& [data-testid="log-line"]': { height: rowHeight, whiteSpace: 'pre', px: 1.5 },
          '& [data-stream="stderr"]': { color: 'error.main', boxShadow: (theme) => `inset 2px 0 ${theme.palette.error.main}` },
          '& [data-stream="info"]': { color: 'info.main' },
          '& [data-active-match]': { bgcolor: 'action.selected' },
          // A tint rather than a solid amber, with the page's text colour on it, so matches read at AA in both themes.
          '& mark': { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.2), color: 'text.primary', borderRadius: 0.5 },
          '& [data-active-match] mark': { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.35), outline: 1, outlineColor: 'warning.main' },
          '& [data-testid="log-time"]': { color: 'text.secondary', mr: 1.5 },
        }}
      >
        {lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 1 }}>
            {log.lines.length === 0 ? 'No output yet.' : 'No lines match the stream and step filters.'}
          </Typography>
        ) : (
          <div
            style={{
              paddingTop: range.start * rowHeight,
              paddingBottom: (lines.length - range.end) * rowHeight,
              width: 'max-content',
              minWidth: '100%',
            }}
          >
            {lines.slice(range.start, range.end).map((line) => (
              <LogLineRow key={line.seq} line={line} query={query} active={line === activeLine} timestamps={timestamps} palette={palette} />
            ))}
          </div>
        )}
      </Box>
      <LogFooter dropped={log.dropped} windowSize={logWindowSize} logFile={props.logFile} onCopyPath={onCopyPath} />
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
