import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { CNI_SOURCE_URL_IGNORED } from '../../../../shared/node-config/node-config-notes.js';
import { FieldHelp } from '../../components/help/FieldHelp.js';
import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { AddIcon, DeleteIcon } from './node-config-icons.js';

/** `Cni.Source[]`: the network daemons listed in the file, with the fact that the script downloads its own. */
export function SourceList(props: { form: ConfigForm; updateSources: (change: 'add' | number) => void }) {
  const { form } = props;
  const sources = form.draft.Cni.Source;
  return (
    <Box component="section" aria-label="Network daemon sources" data-testid="cni-sources">
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" component="h4">
          Network daemon sources
        </Typography>
        <FieldHelp id="nodeConfig.Cni.Source" dense />
      </Stack>
      <Alert severity="info" variant="outlined" data-testid="cni-source-url-ignored" sx={{ mb: 2 }}>
        {CNI_SOURCE_URL_IGNORED.text}
      </Alert>
      <Stack spacing={2}>
        {sources.map((_, index) => (
          <Stack key={index} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <ConfigField form={form} field={`Cni.Source.${index}.Name`} sx={{ flex: 1 }} />
            <ConfigField form={form} field={`Cni.Source.${index}.Url`} mono sx={{ flex: 3 }} />
            <Tooltip title={`Remove source ${index + 1}`}>
              <IconButton aria-label={`Remove source ${index + 1}`} onClick={() => props.updateSources(index)} sx={{ mt: 0.25 }}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} onClick={() => props.updateSources('add')} sx={{ mt: sources.length > 0 ? 1 : 0 }}>
        Add source
      </Button>
    </Box>
  );
}
