import { describe, expect, it, vi } from 'vitest';
import { requests } from '../../shared/ipc/contract.js';
import type { WizardEvent } from '../../shared/ipc/contract-types.js';
import { EventHub } from '../composition/event-hub.js';

// The real `electron` module cannot load here (no binary); the transport only needs ipcMain's shape.
const handlers = new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, arg: unknown) => Promise<unknown>) => handlers.set(channel, handler) },
}));
const { connectWindowEvents, registerElectronIpc } = await import('./electron-ipc.js');

describe('the Electron IPC transport', () => {
  it('registers exactly one handler per contract request and checks the sender before dispatching', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'served' }));
    registerElectronIpc({ dispatch, events: new EventHub(), isTrustedSender: (event) => (event as unknown as { trusted: boolean }).trusted });
    expect([...handlers.keys()].sort()).toEqual(Object.keys(requests).map((name) => `wnw:${name}`).sort());

    const handler = handlers.get('wnw:jobs.start')!;
    expect(await handler({ trusted: false, processId: 9 }, { kind: 'localMachineCheck' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await handler({ trusted: true, processId: 9 }, { kind: 'localMachineCheck' })).toEqual({ ok: true, value: 'served' });
    expect(dispatch).toHaveBeenCalledWith('jobs.start', { kind: 'localMachineCheck' }, { transport: 'electron', connectionId: 'frame-9' });
  });

  it('holds events until the page has loaded, then delivers them in order, and never sends to a destroyed window', () => {
    const listeners = new Map<string, () => void>();
    let destroyed = false;
    const sent: unknown[] = [];
    const contents = {
      on: (name: string, listener: () => void) => listeners.set(name, listener),
      once: (name: string, listener: () => void) => listeners.set(name, listener),
      isDestroyed: () => destroyed,
      send: (_channel: string, event: unknown) => sent.push(event),
    };
    const hub = new EventHub();
    const early: WizardEvent = { name: 'job.log', payload: { jobId: 'a', lines: [] } };
    hub.emit(early);
    connectWindowEvents(contents as never, hub);
    expect(sent).toEqual([]);
    listeners.get('did-finish-load')!();
    expect(sent).toEqual([early]);
    destroyed = true;
    hub.emit(early);
    expect(sent).toHaveLength(1);
  });
});
