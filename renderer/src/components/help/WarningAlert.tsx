import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { SxProps, Theme } from '@mui/material/styles';
import type { MomentWarning } from '../../../../shared/help/warnings.js';
import { CommandLine } from './CommandLine.js';
import { WhyLink } from './WhyLink.js';

/** One of the brief's warnings, inline next to what it concerns: title, text, the command to copy, and "Why?". */
export function WarningAlert(props: { warning: MomentWarning; action?: ReactNode; testId?: string; sx?: SxProps<Theme> }) {
  const { warning } = props;
  return (
    <Alert
      severity={warning.severity}
      variant="outlined"
      action={props.action}
      data-testid={props.testId ?? `warning-${warning.id}`}
      data-warning={warning.id}
      sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 }, ...props.sx }}
    >
      <AlertTitle>{warning.title}</AlertTitle>
      {warning.text}
      {warning.command && <CommandLine command={warning.command.text} what={warning.command.what} testId={`warning-${warning.id}-command`} />}
      <WhyLink link={warning.why} sx={{ display: 'inline-block', mt: 0.5 }} />
    </Alert>
  );
}
