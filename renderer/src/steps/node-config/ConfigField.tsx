import type { ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { nodeConfigHelpId } from '../../../../shared/help/field-help.js';
import { fieldValue } from '../../../../shared/node-config/field-paths.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { monospaceFont } from '../../theme.js';
import { configFieldId, configFieldLabel, issuesAt } from './config-fields.js';
import type { ConfigForm } from './config-form.js';
import { FieldHelp } from './FieldHelp.js';

export interface ConfigFieldProps {
  form: ConfigForm;
  /** Dotted path in Kubeclustervxlan.json, e.g. `Cni.InterfaceName`. */
  field: string;
  helper?: ReactNode;
  /** Defaults to the draft's value at `field`. */
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  mono?: boolean;
  readOnly?: boolean;
  /** Codes shown elsewhere next to this field (an alert with an action), not in its helper text. */
  except?: readonly string[];
  type?: 'text' | 'password';
  endAdornment?: ReactNode;
  sx?: SxProps<Theme>;
}

/** One field of the file as typed, with every issue the validator finds there right under it. */
export function ConfigField(props: ConfigFieldProps) {
  const { form, field } = props;
  const issues = issuesAt(form.issues, field, props.except);
  const value = props.value ?? fieldValue(form.draft, field) ?? '';
  const label = configFieldLabel(field);
  const helpId = nodeConfigHelpId(field);
  // Every field explains itself; a field's own adornment (show/hide a secret) comes first.
  const endAdornment = helpId ? <>{props.endAdornment}<FieldHelpAdornment id={helpId} label={label} /></> : props.endAdornment;
  return (
    <TextField
      id={configFieldId(field)}
      label={label}
      type={props.type ?? 'text'}
      value={value}
      placeholder={props.placeholder}
      error={issues.errors.length > 0}
      helperText={<FieldHelp helper={props.helper} issues={issues} />}
      onChange={(event) => (props.onChange ?? ((next: string) => form.edit(field, next)))(event.target.value)}
      autoComplete={props.type === 'password' ? 'off' : undefined}
      slotProps={{
        htmlInput: { spellCheck: false, readOnly: props.readOnly, 'data-field': field, style: props.mono ? { fontFamily: monospaceFont } : undefined },
        input: endAdornment ? { endAdornment } : undefined,
        inputLabel: props.placeholder ? { shrink: true } : undefined,
      }}
      sx={props.sx}
    />
  );
}
