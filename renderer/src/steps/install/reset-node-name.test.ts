import { describe, expect, it } from 'vitest';
import { checkResetNodeName, defaultResetNodeName } from './reset-node-name.js';

describe('the node name in the reset confirmation', () => {
  it('lower-cases a valid name, keeps the node object when empty, and refuses anything else', () => {
    expect(checkResetNodeName(' WIN-Node-1 ')).toEqual({ name: 'win-node-1' });
    expect(checkResetNodeName('')).toEqual({ name: undefined });
    expect(checkResetNodeName('win node')).toMatchObject({ name: undefined, error: expect.stringMatching(/kubectl get nodes/) as string });
    expect(checkResetNodeName('win-node-1;rm')).toHaveProperty('error');
  });

  it('offers the name typed for the machine only when it is valid', () => {
    expect(defaultResetNodeName('win-node-1')).toBe('win-node-1');
    expect(defaultResetNodeName('Node 1')).toBe('');
  });
});
