import { useState } from 'react';
import Button from '@mui/material/Button';
import { useApi } from '../../api/use-api.js';
import { describeFailure } from '../../store/connection-store.js';
import { readFullLog } from './full-log.js';
import { logFileText } from './log-filter.js';
import { OpenIcon } from './LogIcons.js';
import { downloadText } from './save-file.js';

/**
 * "Open the full log": the desktop app opens the job's on-disk log in the system viewer. The web host cannot
 * show a file on the operator's screen, so the viewer reads every page of the log and saves it as a file instead.
 */
export function FullLogButton(props: { jobId: string; onNotice: (text: string) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const { jobId, onNotice } = props;

  const open = async () => {
    setBusy(true);
    try {
      const opened = await api.jobs.openLog({ jobId });
      if (opened.opened) {
        onNotice(`Opened ${opened.path}`);
        return;
      }
      const { lines, complete } = await readFullLog((fromSeq) => api.jobs.log({ jobId, fromSeq }));
      const note = complete ? [] : ['# The log was longer than the viewer reads at once; the rest is in the file on disk.'];
      downloadText(`${jobId}.log`, `${note.map((line) => `${line}\n`).join('')}${logFileText(lines, 0)}`);
      const why = (opened.reason ?? 'This host cannot open files on your screen').replace(/[\s.:;]*$/, '.');
      onNotice(`${why} Saved the full log (${lines.length.toLocaleString()} lines) as ${jobId}.log.`);
    } catch (error) {
      onNotice(`Could not get the full log: ${describeFailure(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button size="small" startIcon={<OpenIcon fontSize="small" />} disabled={busy} onClick={() => void open()} data-testid="log-open-full">
      {busy ? 'Reading the log…' : 'Open the full log'}
    </Button>
  );
}
