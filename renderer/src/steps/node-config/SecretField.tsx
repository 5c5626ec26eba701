import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Tooltip from '@mui/material/Tooltip';
import { ConfigField, type ConfigFieldProps } from './ConfigField.js';
import { VisibilityIcon, VisibilityOffIcon } from './node-config-icons.js';

/** A token or hash: hidden like a password unless the operator asks to see it (screens get shared and recorded). */
export function SecretField(props: Omit<ConfigFieldProps, 'type' | 'endAdornment'> & { what: string }) {
  const [shown, setShown] = useState(false);
  const action = `${shown ? 'Hide' : 'Show'} ${props.what}`;
  const toggle = (
    <InputAdornment position="end">
      <Tooltip title={action}>
        <IconButton aria-label={action} aria-pressed={shown} edge="end" size="small" onClick={() => setShown((value) => !value)}>
          {shown ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
        </IconButton>
      </Tooltip>
    </InputAdornment>
  );
  return <ConfigField {...props} type={shown ? 'text' : 'password'} endAdornment={toggle} mono />;
}
