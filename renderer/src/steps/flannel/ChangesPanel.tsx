import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PatchedManifest } from '../../../../shared/flannel/patch-manifest.js';
import { buildPosixCommand } from '../../../../shared/shell/posix-quote.js';
import { CodeBlock } from './CodeBlock.js';

/** What the patch changed, what to watch out for, and the kubectl commands the job runs after applying. */
export function ChangesPanel(props: { patched: PatchedManifest }) {
  const { changes, warnings, kubectlPatches, osLabel } = props.patched;
  const commands = kubectlPatches.map((command) => buildPosixCommand(command.argv)).join('\n');
  return (
    <Stack spacing={2}>
      {changes.length === 0 ? (
        <Alert severity="success">The manifest already has every Windows setting; applying it changes nothing.</Alert>
      ) : (
        <CodeBlock title="Changes" text={`${changes.join('\n')}\n`} fileName="kube-flannel-changes.txt" testId="manifest-changes">
          <Box component="ul" sx={{ m: 0, pl: 2.5, whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </Box>
        </CodeBlock>
      )}
      {warnings.map((warning) => (
        <Alert key={warning} severity="warning" data-testid="manifest-warning">
          {warning}
        </Alert>
      ))}
      <Box>
        <Typography variant="subtitle2" component="h4">
          Node selector patch
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          After <code>kubectl apply</code>, the job runs these commands so flannel’s Linux DaemonSet never lands on a
          Windows node. Label key <code>{osLabel.key}</code>: {osLabel.reason}.
        </Typography>
        <CodeBlock title="kubectl patch" text={`${commands}\n`} testId="kubectl-patch-commands" maxHeight={200} />
      </Box>
    </Stack>
  );
}
