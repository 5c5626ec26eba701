import { useEffect, useState, type RefObject } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { copyText, saveText } from './copy-save.js';
import { CopyIcon, SaveIcon } from './flannel-icons.js';

const notices = { copied: 'Copied', selected: 'Selected: press Ctrl+C to copy' } as const;

/**
 * Copy (and, with a file name, Save) for one piece of text. `shown` is the element displaying it, selected
 * when the clipboard cannot be written; `what` names the text for screen readers ("Copy net-conf.json").
 */
export function CopySaveButtons(props: { text: string; what: string; shown: RefObject<HTMLElement | null>; fileName?: string; mime?: string }) {
  const [notice, setNotice] = useState<keyof typeof notices | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  const { fileName } = props;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="caption" color="success.main" role="status" aria-live="polite" sx={{ minWidth: 0 }}>
        {notice ? notices[notice] : ''}
      </Typography>
      <Button size="small" startIcon={<CopyIcon />} aria-label={`Copy ${props.what}`} onClick={() => void copyText(props.text, props.shown.current).then(setNotice)}>
        Copy
      </Button>
      {fileName && (
        <Button size="small" startIcon={<SaveIcon />} aria-label={`Save ${fileName}`} onClick={() => saveText(fileName, props.text, props.mime)}>
          Save
        </Button>
      )}
    </Stack>
  );
}
