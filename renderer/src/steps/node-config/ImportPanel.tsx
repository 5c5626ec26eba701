import { useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { countIssues } from './config-fields.js';
import { ConfigIssueList } from './ConfigIssueList.js';
import { useNodeConfigSession, type ImportReport } from './node-config-session.js';
import { UploadFileIcon } from './node-config-icons.js';
import { importConfigFile } from './use-import.js';

function verdict(report: ImportReport): { severity: 'success' | 'warning' | 'error'; title: string; text: string } {
  const errors = countIssues(report.issues).error;
  if (!report.applied) return { severity: 'error', title: `${report.fileName} could not be read`, text: report.failure ?? 'The form is unchanged. Fix the places listed below and import it again.' };
  if (errors > 0) return { severity: 'warning', title: `Imported ${report.fileName} with ${errors} error${errors === 1 ? '' : 's'}`, text: 'The form holds the file’s values; each problem is shown at its field too.' };
  return { severity: 'success', title: `Imported ${report.fileName}`, text: 'The form holds the file’s values.' };
}

/** Start from an existing Kubecluster*.json, commented or plain; the report lists every problem by line and column. */
export function ImportPanel() {
  const input = useRef<HTMLInputElement>(null);
  const report = useNodeConfigSession((state) => state.importReport);
  const setReport = useNodeConfigSession((state) => state.setImportReport);
  const shown = report && verdict(report);
  const migrated = report?.issues.some((item) => item.code === 'MIGRATED_MASTER');
  return (
    <Paper variant="outlined" component="section" aria-labelledby="node-config-import-title" sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography id="node-config-import-title" variant="subtitle1" component="h3">
            Start from an existing file
          </Typography>
          <Typography variant="body2" color="text.secondary">
            The published example with its // comments, a plain file, the bridge variant or the 2019 schema with Master. Fields the wizard does not know are kept and exported back.
          </Typography>
        </Stack>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} sx={{ flexShrink: 0 }}>
          Import Kubeclustervxlan.json…
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,.jsonc,application/json"
          data-testid="import-config"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importConfigFile(file);
          }}
        />
      </Stack>
      {report && shown && (
        <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="import-report">
          <Alert severity={shown.severity} onClose={() => setReport(null)} data-testid="import-verdict">
            <AlertTitle sx={{ mb: 0 }}>{shown.title}</AlertTitle>
            {shown.text}
          </Alert>
          {migrated && (
            <Alert severity="info" variant="outlined" data-testid="import-migrated">
              This file uses the 2019 schema: Kubernetes.Master was migrated to Kubernetes.ControlPlane, and export writes the current schema.
            </Alert>
          )}
          {report.networkNote && (
            <Alert severity="info" variant="outlined" data-testid="import-network-note">
              {report.networkNote}
            </Alert>
          )}
          {report.extrasKept > 0 && (
            <Typography variant="body2" color="text.secondary" data-testid="import-extras">
              {report.extrasKept} field{report.extrasKept === 1 ? '' : 's'} KubeCluster.ps1 does not read {report.extrasKept === 1 ? 'was' : 'were'} kept and will be exported back in place.
            </Typography>
          )}
          {report.issues.length > 0 && (
            <Typography variant="subtitle2" component="h4">
              Found in {report.fileName} <Typography component="span" variant="body2" color="text.secondary">(line:column in that file)</Typography>
            </Typography>
          )}
          <ConfigIssueList issues={report.issues} testId="import-issues" positions />
        </Stack>
      )}
    </Paper>
  );
}
