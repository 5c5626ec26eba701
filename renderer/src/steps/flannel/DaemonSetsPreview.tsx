import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { HostProcessSources } from '../../../../shared/modern-join/hostprocess-manifests.js';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { usePlanStore } from '../../store/plan-store.js';
import { monospaceFont } from '../../theme.js';
import { useDetectCluster } from '../join-method/use-detect-cluster.js';
import { CodeBlock } from './CodeBlock.js';
import { changesText, hostProcessValuesFrom, previewDaemonSets, type DaemonSetsPreview as Preview, type PreviewFile } from './daemonsets-preview.js';
import { DiffLines } from './DiffLines.js';
import { hostProcessSources, useHostProcessManifests } from './hostprocess-manifests.js';
import { useControlPlane } from './use-control-plane.js';

const mono = { fontFamily: monospaceFont };

/** No detection yet (or it failed): detect here over the Flannel step's connection, or go to step 3 where it lives. */
function DetectFirst(props: { failure: string | undefined; busy: boolean; start: (profile: SshProfile) => Promise<void> }) {
  const setActiveStep = usePlanStore((state) => state.setActiveStep);
  const controlPlane = useControlPlane();
  const { busy, start } = props;
  return (
    <Alert severity={props.failure ? 'error' : 'info'} variant="outlined" data-testid="daemonsets-preview-detect">
      <Typography variant="body2">
        {props.failure ? `Detection failed: ${props.failure} ` : ''}Detect the cluster in step 3 (Node config) to preview: the flannel and
        Kubernetes versions and the API server’s address come from it.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          size="small"
          variant="outlined"
          disabled={!controlPlane.profile || busy}
          onClick={() => controlPlane.profile && void start(controlPlane.profile)}
          data-testid="daemonsets-preview-detect-here"
        >
          {busy ? 'Detecting…' : 'Detect the cluster now'}
        </Button>
        <Button size="small" color="inherit" onClick={() => setActiveStep('nodeConfig')} data-testid="daemonsets-preview-go-detect">
          Open step 3 (Node config)
        </Button>
      </Stack>
      {controlPlane.blocker && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          To detect from here: {controlPlane.blocker}
        </Typography>
      )}
    </Alert>
  );
}

function PreviewError(props: { preview: Extract<Preview, { ok: false }> }) {
  return (
    <Alert severity="error" data-testid="daemonsets-preview-error">
      <AlertTitle>{props.preview.title}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {props.preview.issues.map((issue, index) => (
          <li key={index} data-field={issue.field}>
            {issue.label && (
              <Typography component="span" variant="body2" sx={{ fontWeight: 600, mr: 1 }}>
                {issue.label}:
              </Typography>
            )}
            <Typography component="span" variant="body2">
              {issue.message}
            </Typography>
          </li>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        The job would refuse the same. Fix the value where it comes from (detect the cluster again, or the IP plan), or open the files as
        sig-windows-tools published them.
      </Typography>
    </Alert>
  );
}

/** One rendered file: its diff against the opened file, then the whole text as it is applied. */
function FilePanel(props: { file: PreviewFile }) {
  const { name, text, diff } = props.file;
  return (
    <Stack spacing={1.5}>
      {diff ? (
        <CodeBlock title={`${name}.diff`} text={diff} fileName={`${name}.diff`} mime="text/x-diff" testId={`daemonsets-diff-${name}`} maxHeight={320}>
          <DiffLines diff={diff} />
        </CodeBlock>
      ) : (
        <Typography variant="body2" color="text.secondary" data-testid={`daemonsets-diff-${name}`}>
          No differences: {name} is applied exactly as opened.
        </Typography>
      )}
      <CodeBlock title={`Rendered ${name}`} text={text} fileName={name} mime="application/yaml" testId={`daemonsets-file-${name}`} maxHeight={360} />
    </Stack>
  );
}

function RenderedFiles(props: { preview: Extract<Preview, { ok: true }> }) {
  const { files, changes, warnings } = props.preview;
  const [tab, setTab] = useState(0);
  const shown = files[Math.min(tab, files.length - 1)];
  const id = (index: number) => `daemonsets-tab-${index}`;
  return (
    <Stack spacing={1.5}>
      {changes.length === 0 ? (
        <Alert severity="info" data-testid="daemonsets-changes">
          The render substitutes nothing: the files already hold these values.
        </Alert>
      ) : (
        <CodeBlock title="HostProcess substitutions" text={changesText(changes)} fileName="windows-daemonsets-changes.txt" testId="daemonsets-changes" maxHeight={240}>
          <Box component="ul" sx={{ m: 0, pl: 2.5, whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
            {changes.map((change) => (
              <li key={`${change.file} ${change.path}`}>
                <Box component="span" sx={{ fontWeight: 700 }}>
                  {change.file}
                </Box>{' '}
                {change.path}: {change.from} → {change.to}
              </li>
            ))}
          </Box>
        </CodeBlock>
      )}
      {warnings.map((warning) => (
        <Alert key={warning} severity="warning" data-testid="daemonsets-warning">
          {warning}
        </Alert>
      ))}
      <Box>
        <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} variant="scrollable" aria-label="Rendered Windows DaemonSet files" sx={{ borderBottom: 1, borderColor: 'divider', mb: 1.5 }}>
          {files.map((file, index) => (
            <Tab key={file.name} value={index} label={file.name} id={id(index)} aria-controls={`${id(index)}-panel`} sx={{ textTransform: 'none', ...mono, fontSize: 13 }} />
          ))}
        </Tabs>
        {shown && (
          <Box role="tabpanel" id={`${id(tab)}-panel`} aria-labelledby={id(tab)}>
            <FilePanel file={shown} />
          </Box>
        )}
      </Box>
    </Stack>
  );
}

/**
 * The three manifests as the job will apply them, rendered here with the values the cluster detection found and
 * the IP plan's service range: every substitution, each file and its diff. Shown only; the job renders them again
 * from its own read of the cluster.
 */
export function DaemonSetsPreview(props: { serviceCidr: string }) {
  const loaded = useHostProcessManifests((state) => state.loaded);
  const sources: HostProcessSources | undefined = useMemo(() => hostProcessSources(loaded), [loaded]);
  // Here, not in DetectFirst: the hook collects the detection's result when its job ends, so it stays mounted.
  const { detect, busy, start } = useDetectCluster();
  const cluster = detect?.status === 'applied' ? detect.cluster : undefined;
  const values = useMemo(() => (cluster ? hostProcessValuesFrom(cluster, props.serviceCidr) : undefined), [cluster, props.serviceCidr]);
  const preview = useMemo(() => (sources && values?.ok ? previewDaemonSets(values.values, sources) : undefined), [sources, values]);

  let body;
  if (!sources) {
    body = (
      <Typography variant="body2" color="text.secondary">
        Open the three files above to see them as the job will apply them.
      </Typography>
    );
  } else if (detect?.status === 'running' || detect?.status === 'collecting') {
    body = (
      <Typography variant="body2" color="text.secondary" role="status">
        Reading the cluster’s versions and API server address…
      </Typography>
    );
  } else if (!cluster || !values) {
    body = <DetectFirst failure={detect?.status === 'failed' ? detect.message : undefined} busy={busy} start={start} />;
  } else if (!values.ok) {
    body = (
      <Alert severity="warning" data-testid="daemonsets-preview-error">
        {values.reason}
      </Alert>
    );
  } else {
    const v = values.values;
    body = (
      <Stack spacing={1.5}>
        <Typography variant="body2" color="text.secondary" data-testid="daemonsets-preview-values">
          With flannel <Box component="code" sx={mono}>{v.flannelVersion}</Box>, kube-proxy <Box component="code" sx={mono}>{v.kubeProxyVersion}</Box>, the API
          server at <Box component="code" sx={mono}>{v.apiServerHost}:{v.apiServerPort}</Box> (detected from {detect?.status === 'applied' ? detect.source : 'the cluster'})
          and the service range <Box component="code" sx={mono}>{v.serviceSubnet || '(empty)'}</Box>. The job reads the cluster again when it runs.
        </Typography>
        {preview && !preview.ok && <PreviewError preview={preview} />}
        {preview?.ok && <RenderedFiles preview={preview} />}
      </Stack>
    );
  }

  return (
    <Box component="section" aria-labelledby="daemonsets-preview-title" sx={{ mb: 2 }} data-testid="daemonsets-preview" data-state={preview ? (preview.ok ? 'rendered' : 'error') : 'waiting'}>
      <Typography id="daemonsets-preview-title" variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
        Preview: the files as they will be applied
      </Typography>
      {body}
    </Box>
  );
}
