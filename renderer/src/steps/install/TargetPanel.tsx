import { useState } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { NodeTargetsDraft } from '../../../../shared/plan/plan-schema.js';
import { SIG_WINDOWS_TOOLS_MODERN_COMMIT } from '../../../../shared/modern-join/pinned-scripts.js';
import { SIG_WINDOWS_TOOLS_COMMIT } from '../../../../shared/powershell/kubecluster-commands.js';
import { FieldHelp, FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import type { NodeContext } from './node-context.js';
import { RemoteNodeList } from './RemoteNodeList.js';
import { updateNodeTargets } from './update-node-targets.js';

const sources: readonly { value: NodeTargetsDraft['source']; label: string; help: string }[] = [
  { value: 'download', label: 'Download it', help: `The node downloads sig-windows-tools at the pinned commit ${SIG_WINDOWS_TOOLS_COMMIT.slice(0, 7)} into the work folder (needs internet access there).` },
  { value: 'archive', label: 'An archive already on the node', help: 'The same pinned archive, copied to the node beforehand (for nodes without internet access).' },
  { value: 'folder', label: 'The work folder already has it', help: 'The work folder holds KubeCluster.ps1 and KubeClusterHelper.psm1; they are checked and used as they are.' },
];

/** containerd + kubeadm: the two scripts, downloaded at their pinned commits or already in the work folder; no archive. */
const modernSources: typeof sources = [
  {
    value: 'download',
    label: 'Download the pinned scripts',
    help: `The node downloads Install-Containerd.ps1 and PrepareNode.ps1 from sig-windows-tools at pinned commits (PrepareNode.ps1 at ${SIG_WINDOWS_TOOLS_MODERN_COMMIT.slice(0, 7)}) into the work folder; they are checked before they run (needs internet access there).`,
  },
  { value: 'folder', label: 'The work folder already has Install-Containerd.ps1 and PrepareNode.ps1', help: 'Copied there beforehand (for nodes without internet access); they are checked and used as they are.' },
];

/**
 * "Where to run": this machine, or Windows nodes over SSH; the folder on the node for KubeCluster.ps1 and the
 * config file, and where the script comes from. Everything is saved with the plan as typed.
 */
export function TargetPanel(props: { context: NodeContext }) {
  const { targets, check } = props.context;
  const modern = props.context.join.method === 'kubeadm';
  const choices = modern ? modernSources : sources;
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (name: string) => setLeft((names) => new Set(names).add(name));
  const shown = (name: 'workDir' | 'archivePath', value: string) => ((value !== '' || left.has(name)) && check.errors[name]) || undefined;
  const workDirError = shown('workDir', targets.workDir);
  const archiveError = shown('archivePath', targets.archivePath);
  const source = choices.find((choice) => choice.value === targets.source);
  const sourceHelp = source?.help ?? 'An archive is not used by containerd + kubeadm: choose one of the two.';

  return (
    <Paper variant="outlined" component="section" aria-labelledby="node-target-title" sx={{ p: 2 }}>
      <Typography id="node-target-title" variant="subtitle1" component="h3">
        Where to run
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {modern ? 'The scripts and kubeadm run' : 'KubeCluster.ps1 runs'} in an elevated PowerShell on the Windows node: this
        machine, or nodes the wizard reaches over SSH (Windows OpenSSH).
      </Typography>
      <Stack spacing={2}>
        <FormControl>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <FormLabel id="node-target-mode-label">Run on</FormLabel>
            <FieldHelp id="install.mode" dense />
          </Stack>
          <RadioGroup
            row
            aria-labelledby="node-target-mode-label"
            value={targets.mode}
            onChange={(event) => updateNodeTargets((draft) => ({ ...draft, mode: event.target.value === 'remote' ? 'remote' : 'local' }))}
            data-testid="node-target-mode"
          >
            <FormControlLabel value="local" control={<Radio slotProps={{ input: { 'data-testid': 'node-target-mode-local' } as object }} />} label="This machine" />
            <FormControlLabel value="remote" control={<Radio slotProps={{ input: { 'data-testid': 'node-target-mode-remote' } as object }} />} label="Remote Windows nodes over SSH" />
          </RadioGroup>
        </FormControl>
        <TextField
          id="node-work-dir"
          label="Work folder on the node"
          value={targets.workDir}
          onChange={(event) => updateNodeTargets((draft) => ({ ...draft, workDir: event.target.value }))}
          onBlur={() => leave('workDir')}
          error={Boolean(workDirError)}
          helperText={workDirError ?? (modern ? 'Holds Install-Containerd.ps1 and PrepareNode.ps1; C:\\k in the guide.' : `Holds KubeCluster.ps1 and ${props.context.configFileName}; C:\\k in the guide.`)}
          slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'node-work-dir' }, input: { endAdornment: <FieldHelpAdornment id="install.workDir" /> } }}
        />
        <FormControl>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <FormLabel id="kubeadm-source-label">{modern ? 'Install-Containerd.ps1 and PrepareNode.ps1 come from' : 'KubeCluster.ps1 comes from'}</FormLabel>
            <FieldHelp id="install.source" label={modern ? 'Where the scripts come from' : 'Where KubeCluster.ps1 comes from'} dense />
          </Stack>
          <RadioGroup
            aria-labelledby="kubeadm-source-label"
            aria-describedby="kubeadm-source-help"
            value={targets.source}
            onChange={(event) => {
              const value = choices.find((choice) => choice.value === event.target.value)?.value ?? 'download';
              updateNodeTargets((draft) => ({ ...draft, source: value }));
            }}
            data-testid="kubeadm-source"
          >
            {choices.map((choice) => (
              <FormControlLabel
                key={choice.value}
                value={choice.value}
                control={<Radio slotProps={{ input: { 'data-testid': `kubeadm-source-${choice.value}` } as object }} />}
                label={choice.label}
              />
            ))}
          </RadioGroup>
          <Typography id="kubeadm-source-help" variant="caption" color="text.secondary">
            {sourceHelp}
          </Typography>
        </FormControl>
        {!modern && targets.source === 'archive' && (
          <TextField
            id="kubeadm-archive-path"
            label="Archive path on the node"
            value={targets.archivePath}
            onChange={(event) => updateNodeTargets((draft) => ({ ...draft, archivePath: event.target.value }))}
            onBlur={() => leave('archivePath')}
            error={Boolean(archiveError)}
            helperText={archiveError ?? `The sig-windows-tools ${SIG_WINDOWS_TOOLS_COMMIT.slice(0, 7)} .zip, e.g. C:\\k\\sig-windows-tools.zip.`}
            slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'kubeadm-archive-path' }, input: { endAdornment: <FieldHelpAdornment id="install.archivePath" /> } }}
          />
        )}
        {targets.mode === 'remote' && <RemoteNodeList context={props.context} />}
      </Stack>
    </Paper>
  );
}
