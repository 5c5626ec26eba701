import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { requests } from '../../shared/ipc/contract.js';
import { ipcChannelPrefix, ipcEventChannel, type Dispatch } from '../../shared/ipc/gate.js';
import type { CallerContext } from '../composition/handlers.js';
import type { EventHub } from '../composition/event-hub.js';

/**
 * Serves the contract over Electron IPC: one `ipcMain.handle` per request, each answering only our own
 * window's main frame at the app's own URL, and events pushed with `webContents.send`.
 */
export function registerElectronIpc(options: {
  dispatch: Dispatch<CallerContext>;
  events: EventHub;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
}): void {
  for (const name of Object.keys(requests)) {
    ipcMain.handle(`${ipcChannelPrefix}${name}`, async (event, arg: unknown) => {
      if (!options.isTrustedSender(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the wizard window.' } };
      }
      return options.dispatch(name, arg, { transport: 'electron', connectionId: `frame-${event.processId}` });
    });
  }
}

/** Starts delivering events once the page has loaded; a destroyed window is skipped, never sent to. */
export function connectWindowEvents(contents: WebContents, events: EventHub): void {
  let disconnect: (() => void) | undefined;
  contents.on('did-finish-load', () => {
    disconnect?.();
    disconnect = events.connect((event) => {
      if (!contents.isDestroyed()) contents.send(ipcEventChannel, event);
    });
  });
  contents.once('destroyed', () => disconnect?.());
}
