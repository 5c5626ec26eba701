import { memo, type KeyboardEvent } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { FullLogButton } from './FullLogButton.js';
import { streamFilterLabels, type StepChoice, type StepFilter, type StreamFilter } from './log-filter.js';
import { ArrowDownIcon, ArrowUpIcon, CopyIcon, DownloadIcon } from './LogIcons.js';
import { StepFilterSelect } from './StepFilterSelect.js';

const streamFilters: readonly StreamFilter[] = ['all', 'stdout', 'stderr', 'info'];

export interface LogToolbarProps {
  jobId: string;
  query: string;
  onQuery: (query: string) => void;
  /** "2 of 5", "No matches", or empty without a query. */
  matchText: string;
  hasMatches: boolean;
  onStepMatch: (direction: 1 | -1) => void;
  filter: StreamFilter;
  onFilter: (filter: StreamFilter) => void;
  /** Shown only when the job has more than one step. */
  steps: readonly StepChoice[];
  step: StepFilter;
  onStep: (step: StepFilter) => void;
  timestamps: boolean;
  onTimestamps: (on: boolean) => void;
  /** Whether any line passes the filters (for Copy), and whether there is anything to save. */
  canCopy: boolean;
  onCopy: () => void;
  canSave: boolean;
  onSave: () => void;
  notice: string;
  onNotice: (text: string) => void;
}

/**
 * Search, filters and actions above a log. Its parts are memoised, with stable callbacks and plain values as
 * props: a flood of lines re-renders the rows and the step filter's counts, not a dozen MUI controls per batch.
 */
export const LogToolbar = memo(function LogToolbar(props: LogToolbarProps) {
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1}
      data-testid="log-toolbar"
      sx={{ alignItems: 'center', px: 1.5, pt: 0.5, pb: 0.75, flexWrap: 'wrap', rowGap: 0.75 }}
    >
      <SearchControls query={props.query} onQuery={props.onQuery} matchText={props.matchText} hasMatches={props.hasMatches} onStepMatch={props.onStepMatch} />
      <StreamToggle filter={props.filter} onFilter={props.onFilter} />
      {props.steps.length > 1 && <StepFilterSelect choices={props.steps} value={props.step} onChange={props.onStep} />}
      <TimestampsSwitch timestamps={props.timestamps} onTimestamps={props.onTimestamps} />
      <LogActions jobId={props.jobId} canCopy={props.canCopy} onCopy={props.onCopy} canSave={props.canSave} onSave={props.onSave} notice={props.notice} onNotice={props.onNotice} />
    </Stack>
  );
});

const SearchControls = memo(function SearchControls(props: Pick<LogToolbarProps, 'query' | 'onQuery' | 'matchText' | 'hasMatches' | 'onStepMatch'>) {
  const { onStepMatch } = props;
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onStepMatch(event.shiftKey ? -1 : 1);
  };
  return (
    <>
      <TextField
        size="small"
        label="Search log"
        value={props.query}
        onChange={(event) => props.onQuery(event.target.value)}
        onKeyDown={onSearchKey}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { 'data-testid': 'log-search' } }}
      />
      <Typography variant="body2" color="text.secondary" data-testid="log-search-count" aria-live="polite" sx={{ minWidth: 64 }}>
        {props.matchText}
      </Typography>
      <IconButton size="small" aria-label="Previous match" disabled={!props.hasMatches} onClick={() => onStepMatch(-1)}>
        <ArrowUpIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label="Next match" disabled={!props.hasMatches} onClick={() => onStepMatch(1)}>
        <ArrowDownIcon fontSize="small" />
      </IconButton>
    </>
  );
});

const StreamToggle = memo(function StreamToggle(props: Pick<LogToolbarProps, 'filter' | 'onFilter'>) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={props.filter}
      aria-label="Show lines"
      onChange={(_event, value: StreamFilter | null) => value && props.onFilter(value)}
    >
      {streamFilters.map((value) => (
        <ToggleButton key={value} value={value} sx={{ py: 0.25, textTransform: 'none' }}>
          {streamFilterLabels[value]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
});

const TimestampsSwitch = memo(function TimestampsSwitch(props: Pick<LogToolbarProps, 'timestamps' | 'onTimestamps'>) {
  return (
    <FormControlLabel
      control={<Switch size="small" checked={props.timestamps} onChange={(event) => props.onTimestamps(event.target.checked)} />}
      label="Timestamps"
      sx={{ ml: 0.5, mr: 0 }}
    />
  );
});

const LogActions = memo(function LogActions(props: Pick<LogToolbarProps, 'jobId' | 'canCopy' | 'onCopy' | 'canSave' | 'onSave' | 'notice' | 'onNotice'>) {
  return (
    <>
      <Button size="small" startIcon={<CopyIcon fontSize="small" />} disabled={!props.canCopy} onClick={props.onCopy}>
        Copy
      </Button>
      <Button size="small" startIcon={<DownloadIcon fontSize="small" />} disabled={!props.canSave} onClick={props.onSave}>
        Save
      </Button>
      <FullLogButton jobId={props.jobId} onNotice={props.onNotice} />
      <Typography variant="body2" color="text.secondary" role="status" data-testid="log-notice">
        {props.notice}
      </Typography>
    </>
  );
});
