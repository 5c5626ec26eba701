import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../theme.js';

/** One name/value row of a `<dl>` (a Stack with component="dl"). */
export function Fact(props: { name: string; value: string; mono?: boolean; /** After the value, e.g. a help button. */ action?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography component="dt" variant="body2" sx={{ width: 96, flexShrink: 0, color: 'text.secondary' }}>
        {props.name}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: props.mono ? monospaceFont : undefined }}>
        {props.value}
        {props.action}
      </Typography>
    </Stack>
  );
}
