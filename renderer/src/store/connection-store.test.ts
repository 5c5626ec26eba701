import { beforeEach, describe, expect, it } from 'vitest';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { reportFailure, useConnectionStore } from './connection-store.js';

describe('connection store', () => {
  beforeEach(() => useConnectionStore.setState({ appInfo: null, problem: null, lastFailure: null }));

  it('reports a failed call with its WizardError message and code', () => {
    reportFailure(new WizardError('CONFLICT', 'A machine check is already running.'), 'Could not start');
    expect(useConnectionStore.getState().lastFailure).toMatchObject({
      message: 'Could not start: A machine check is already running.',
      code: 'CONFLICT',
    });
  });

  it('keeps the first connection problem and stops reporting the failures it causes', () => {
    reportFailure(new Error('refused'));
    useConnectionStore.getState().setProblem('No token in the address.');
    useConnectionStore.getState().setProblem('The connection closed.');
    reportFailure(new Error('refused'));
    expect(useConnectionStore.getState()).toMatchObject({ problem: 'No token in the address.', lastFailure: null });
  });
});
