import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { fieldHelp, type FieldHelpId } from '../../../../shared/help/field-help.js';
import { InfoIcon } from './help-icons.js';
import { visuallyHidden } from './visually-hidden.js';
import { WhyLink } from './WhyLink.js';

export interface FieldHelpProps {
  id: FieldHelpId;
  /** The field's label as shown, when it differs from the catalogue's title ("Existing network 2"). */
  label?: string;
  /** Inside a line of text rather than a field: no padding to grow the line. */
  dense?: boolean;
}

/**
 * An info button that opens the field's explanation and its "Why?" link in a popover. Named "Help: <field>" by
 * hidden text (see visually-hidden.ts), so the field keeps its own label for everything that looks it up.
 */
export function FieldHelp(props: FieldHelpProps) {
  const entry = fieldHelp[props.id];
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const popoverId = useId();
  const titleId = useId();
  const open = anchor !== null;
  return (
    <>
      <IconButton
        size="small"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        data-testid={`help-${props.id}`}
        sx={{ color: 'text.secondary', ...(props.dense ? { p: 0.25, ml: 0.5, verticalAlign: 'text-bottom' } : {}) }}
      >
        <InfoIcon fontSize="small" aria-hidden />
        <Box component="span" sx={visuallyHidden}>{`Help: ${props.label ?? entry.title}`}</Box>
      </IconButton>
      <Popover
        id={popoverId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, 'data-testid': 'field-help', sx: { p: 2, maxWidth: 380 } } as object }}
      >
        <Typography id={titleId} variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
          {entry.title}
        </Typography>
        <Typography variant="body2" data-testid="field-help-text">
          {entry.text}
        </Typography>
        {'why' in entry && <WhyLink link={entry.why} sx={{ display: 'inline-block', mt: 1 }} />}
      </Popover>
    </>
  );
}

/** The help button at the end of a text field's input. A native select keeps room for its own arrow on the right. */
export function FieldHelpAdornment(props: FieldHelpProps & { select?: boolean; top?: boolean }) {
  return (
    <InputAdornment position="end" sx={{ ...(props.select ? { mr: 2.5 } : {}), ...(props.top ? { alignSelf: 'flex-start', mt: 1.5 } : {}) }}>
      <FieldHelp id={props.id} label={props.label} />
    </InputAdornment>
  );
}
