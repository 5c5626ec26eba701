import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../../shared/ipc/client.js';
import type { WizardEvent } from '../../shared/ipc/contract-types.js';
import type { Envelope } from '../../shared/ipc/envelope.js';
import { ipcChannelPrefix, ipcEventChannel } from '../../shared/ipc/gate.js';

/**
 * The renderer gets `window.wizardApi`: the contract's named calls and `onEvent`, nothing else. It never
 * sees `ipcRenderer`, so a compromised page cannot invoke channels outside the contract.
 */
const api = createApi({
  call: (name, arg) => ipcRenderer.invoke(`${ipcChannelPrefix}${name}`, arg) as Promise<Envelope<unknown>>,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, event: WizardEvent) => listener(event);
    ipcRenderer.on(ipcEventChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcEventChannel, forward);
    };
  },
});

contextBridge.exposeInMainWorld('wizardApi', api);
