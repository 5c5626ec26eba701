import { describe, expect, it } from 'vitest';
import { defaultPlan, type ControlPlaneDraft } from '../../../../shared/plan/plan-schema.js';
import { checkConnection, parsePort } from './connection-form.js';

const draft = (change: Partial<ControlPlaneDraft>): ControlPlaneDraft => ({ ...defaultPlan().controlPlane, host: 'cp.example', privateKeyPath: '/keys/id', ...change });
const noSecrets = { password: '', passphrase: '' };

describe('checkConnection', () => {
  it('builds the profile a job receives: port as a number, trimmed text, passphrase only when given', () => {
    expect(checkConnection(draft({ host: ' cp.example ', port: ' 2222 ' }), noSecrets)).toEqual({
      profile: { host: 'cp.example', port: 2222, username: 'root', auth: { type: 'key', privateKeyPath: '/keys/id' } },
      errors: {},
    });
    expect(checkConnection(draft({}), { password: 'unused', passphrase: 'p' }).profile?.auth).toEqual({ type: 'key', privateKeyPath: '/keys/id', passphrase: 'p' });
    expect(checkConnection(draft({ authType: 'agent' }), noSecrets).profile?.auth).toEqual({ type: 'agent' });
    expect(checkConnection(draft({ authType: 'password' }), { password: 's3cret', passphrase: '' }).profile?.auth).toEqual({ type: 'password', password: 's3cret' });
  });

  it.each([
    [{ host: '' }, 'host', 'Enter the control plane’s host name or IP address.'],
    [{ host: '-oProxyCommand=x' }, 'host', 'A host is a name or an IP address, without spaces or a leading dash.'],
    [{ port: 'ssh' }, 'port', 'Enter a port number from 1 to 65535.'],
    [{ port: '70000' }, 'port', 'Enter a port number from 1 to 65535.'],
    [{ port: '' }, 'port', 'Enter a port number from 1 to 65535.'],
    [{ username: 'a b' }, 'username', 'A user name has no spaces, colons or @.'],
    [{ username: ' ' }, 'username', 'Enter the SSH user name.'],
    [{ privateKeyPath: '' }, 'privateKeyPath', 'Choose the private key file.'],
    [{ authType: 'password' as const }, 'password', 'Enter the password.'],
  ])('%j → %s: %s', (change, field, message) => {
    const result = checkConnection(draft(change), noSecrets);
    expect(result.profile).toBeUndefined();
    expect(result.errors).toEqual({ [field]: message });
  });
});

describe('parsePort', () => {
  it('takes plain digits only', () => {
    expect(parsePort('22')).toBe(22);
    expect(parsePort('22.5')).toBeNaN();
    expect(parsePort('0x16')).toBeNaN();
  });
});
