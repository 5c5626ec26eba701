/**
 * Every way an SSH operation can fail, as a code the UI can branch on (ask to trust a key, ask for a passphrase)
 * and a message an operator can act on. Messages never contain a password or passphrase.
 */
export type SshErrorCode =
  /** First contact: the UI shows `hostKey.fingerprint` and asks the operator to trust it. */
  | 'HOST_KEY_UNKNOWN'
  /** The host presents a different key than the one trusted before; possibly an attack. Never auto-accepted. */
  | 'HOST_KEY_CHANGED'
  | 'HOST_NOT_FOUND'
  | 'CONNECTION_REFUSED'
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'HANDSHAKE_FAILED'
  | 'AUTH_FAILED'
  | 'KEY_UNREADABLE'
  | 'PASSPHRASE_REQUIRED'
  | 'PASSPHRASE_WRONG'
  | 'AGENT_UNAVAILABLE'
  /** The connection dropped while a command ran; the command's outcome is unknown. */
  | 'CONNECTION_LOST'
  | 'CHANNEL_FAILED'
  | 'COMMAND_FAILED'
  | 'KNOWN_HOSTS_CORRUPT'
  | 'KEY_EXISTS'
  | 'INVALID_ARGUMENT';

export interface HostKeyDetails {
  host: string;
  port: number;
  keyType: string;
  /** What the host presented now, as `ssh-keygen -lf` prints it. */
  fingerprint: string;
  /** What the known-hosts store holds (HOST_KEY_CHANGED only). */
  knownFingerprint?: string;
  knownKeyType?: string;
}

export class SshError extends Error {
  override readonly name = 'SshError';

  constructor(
    readonly code: SshErrorCode,
    message: string,
    readonly hostKey?: HostKeyDetails,
  ) {
    super(message);
  }
}

export interface Target {
  host: string;
  port: number;
}

/** ssh2 marks its errors with a `level` (client-socket, client-timeout, handshake, ...) and sockets with a `code`. */
interface Ssh2Error extends Error {
  level?: string;
  code?: string | number;
}

export function hostKeyUnknown(details: HostKeyDetails): SshError {
  return new SshError(
    'HOST_KEY_UNKNOWN',
    `The host key of ${where(details)} is not known yet (${details.keyType} ${details.fingerprint}). ` +
      'Compare this fingerprint with `ssh-keygen -lf` on the host before trusting it.',
    details,
  );
}

export function hostKeyChanged(details: HostKeyDetails): SshError {
  return new SshError(
    'HOST_KEY_CHANGED',
    `WARNING: the host key of ${where(details)} has CHANGED. It was ${details.knownKeyType ?? ''} ` +
      `${details.knownFingerprint ?? ''} and is now ${details.keyType} ${details.fingerprint}. Someone may be ` +
      'intercepting the connection (man-in-the-middle), or the host was reinstalled. Nothing was sent. Verify the ' +
      'new key on the host itself, then remove the old entry from the known hosts before connecting again.',
    details,
  );
}

/** Turns a socket or handshake failure into a typed error; `timeoutMs` is quoted in the timeout message. */
export function connectError(error: unknown, target: Target, timeoutMs: number): SshError {
  if (error instanceof SshError) return error;
  const err = error as Ssh2Error;
  const at = where(target);
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new SshError('HOST_NOT_FOUND', `Cannot resolve the host name "${target.host}": check its spelling and DNS.`);
    case 'ECONNREFUSED':
      return new SshError('CONNECTION_REFUSED', `${at} refused the connection: is sshd running and listening on port ${target.port}?`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new SshError('UNREACHABLE', `${at} is unreachable from this machine: check the address and the network route.`);
    case 'ETIMEDOUT':
      return timeout(target, timeoutMs);
  }
  if (err.level === 'client-timeout') return timeout(target, timeoutMs);
  if (err.level === 'client-authentication') {
    return new SshError('AUTH_FAILED', `${at} refused the credentials: check the user name and the key, agent or password.`);
  }
  if (err.level === 'agent') {
    return new SshError('AGENT_UNAVAILABLE', `The SSH agent could not be used (${err.message}): is it running, with the key added?`);
  }
  if (err.code === 'ECONNRESET' || err.level === 'handshake' || err.level === 'protocol') {
    return new SshError('HANDSHAKE_FAILED', `The SSH handshake with ${at} failed (${err.message}): is this port an SSH server?`);
  }
  return new SshError('HANDSHAKE_FAILED', `Could not connect to ${at}: ${err.message ?? String(error)}`);
}

function timeout(target: Target, timeoutMs: number): SshError {
  return new SshError(
    'TIMEOUT',
    `No SSH answer from ${where(target)} within ${Math.round(timeoutMs / 1000)} s: check the address, and that ` +
      `firewalls let TCP port ${target.port} through.`,
  );
}

/** `host:port`, with brackets around IPv6 literals so the port stays readable. */
export function where(target: Target): string {
  return target.host.includes(':') ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}

/** Last line of defence: whatever a library put in a message, a secret the operator typed never leaves. */
export function scrubSecrets(message: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = message;
  for (const secret of secrets) if (secret && secret.length > 0) result = result.split(secret).join('[REDACTED]');
  return result;
}
