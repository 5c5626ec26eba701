import TextField from '@mui/material/TextField';
import type { StepChoice, StepFilter } from './log-filter.js';

/**
 * Which job step's lines to show. Each line carries the step that was running when it was logged; lines from
 * before the first step are "—". A native select keeps it keyboard- and screen-reader-friendly.
 */
export function StepFilterSelect(props: { choices: readonly StepChoice[]; value: StepFilter; onChange: (value: StepFilter) => void }) {
  return (
    <TextField
      select
      size="small"
      label="Step"
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      fullWidth={false}
      sx={{ width: 220 }}
      slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'log-step-filter' } }}
    >
      {props.choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label} ({choice.count.toLocaleString()})
        </option>
      ))}
    </TextField>
  );
}
