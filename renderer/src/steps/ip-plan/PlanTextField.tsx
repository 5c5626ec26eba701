import type { ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import type { IpPlanTextField } from '../../store/plan-store.js';
import type { FieldIssues } from './field-issues.js';
import { IssueHelperText } from './IssueHelperText.js';

/** One IP-plan field, stored exactly as typed, showing what the validator says about it right under it. */
export function PlanTextField(props: {
  field: IpPlanTextField;
  label: string;
  helper: ReactNode;
  numeric?: boolean;
  value: string;
  issues: FieldIssues;
  onChange: (field: IpPlanTextField, value: string) => void;
}) {
  return (
    <TextField
      id={`ipPlan-${props.field}`}
      label={props.label}
      error={props.issues.errors.length > 0}
      helperText={<IssueHelperText helper={props.helper} issues={props.issues} />}
      value={props.value}
      onChange={(event) => props.onChange(props.field, event.target.value)}
      slotProps={{
        htmlInput: { inputMode: props.numeric ? 'numeric' : 'text', spellCheck: false },
        input: { endAdornment: <FieldHelpAdornment id={`ipPlan.${props.field}`} label={props.label} /> },
      }}
    />
  );
}
