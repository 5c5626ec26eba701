import { readFile } from 'node:fs/promises';
import ssh2, { type AnyAuthMethod, type KeyboardInteractiveCallback, type ParsedKey, type Prompt } from 'ssh2';

// ssh2 is CommonJS and Node's ESM loader cannot see `utils` as a named export; take it from the default.
const { utils } = ssh2;
import { SshError } from './ssh-errors.js';

export type SshAuth =
  | { type: 'key'; privateKeyPath: string; passphrase?: string }
  | { type: 'agent'; agentSocket?: string }
  | { type: 'password'; password: string };

export interface SshConnectionProfile {
  host: string;
  port: number;
  username: string;
  auth: SshAuth;
}

/** The secrets a profile carries, so error messages can be scrubbed of them. */
export function profileSecrets(profile: SshConnectionProfile): string[] {
  if (profile.auth.type === 'password') return [profile.auth.password];
  if (profile.auth.type === 'key' && profile.auth.passphrase) return [profile.auth.passphrase];
  return [];
}

/**
 * The one authentication method the operator chose, as ssh2 auth-handler entries. Listing it explicitly
 * keeps ssh2 from trying others on its own (a password where a key was meant). The key is read and decrypted
 * here, before connecting, so a missing file or a wrong passphrase is reported as such and not as a refusal
 * by the server.
 */
export async function authMethods(profile: SshConnectionProfile): Promise<AnyAuthMethod[]> {
  const { username, auth } = profile;
  switch (auth.type) {
    case 'key':
      return [{ type: 'publickey', username, key: await loadPrivateKey(auth.privateKeyPath, auth.passphrase) }];
    case 'agent':
      return [{ type: 'agent', username, agent: agentSocket(auth.agentSocket) }];
    case 'password':
      // Servers that check passwords through PAM ask for them as keyboard-interactive; answer that one prompt.
      return [
        { type: 'password', username, password: auth.password },
        { type: 'keyboard-interactive', username, prompt: answerPasswordPrompt(auth.password) },
      ];
  }
}

/** Reads and decrypts a private key, with errors that say which of file, format or passphrase is wrong. */
export async function loadPrivateKey(file: string, passphrase: string | undefined): Promise<ParsedKey> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SshError('KEY_UNREADABLE', `Cannot read the private key ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  const parsed = utils.parseKey(text, passphrase);
  if (parsed instanceof Error) {
    if (/no passphrase given/i.test(parsed.message)) {
      throw new SshError('PASSPHRASE_REQUIRED', `The private key ${file} is encrypted: enter its passphrase.`);
    }
    if (/passphrase|decrypt/i.test(parsed.message)) {
      throw new SshError('PASSPHRASE_WRONG', `The passphrase does not unlock the private key ${file}.`);
    }
    throw new SshError('KEY_UNREADABLE', `${file} is not a private key ssh2 understands (${parsed.message}).`);
  }
  // ssh2 returns an array for files holding several keys (its types do not say so); OpenSSH files hold one
  const key: ParsedKey | undefined = Array.isArray(parsed) ? (parsed as ParsedKey[])[0] : parsed;
  if (key === undefined || !key.isPrivateKey()) {
    throw new SshError('KEY_UNREADABLE', `${file} holds no private key (is it the .pub file?).`);
  }
  return key;
}

function agentSocket(explicit: string | undefined): string {
  // Windows' own OpenSSH agent listens on this pipe; elsewhere the agent announces itself in SSH_AUTH_SOCK.
  const socket = explicit || process.env.SSH_AUTH_SOCK || (process.platform === 'win32' ? '\\\\.\\pipe\\openssh-ssh-agent' : '');
  if (!socket) throw new SshError('AGENT_UNAVAILABLE', 'No SSH agent found: SSH_AUTH_SOCK is not set. Start ssh-agent and add your key.');
  return socket;
}

function answerPasswordPrompt(password: string) {
  return (_name: string, _instructions: string, _lang: string, prompts: Prompt[], finish: KeyboardInteractiveCallback) => {
    // Only a single hidden prompt is a password prompt; never hand the password to a one-time-code question.
    const [only] = prompts;
    finish(prompts.length === 1 && only !== undefined && only.echo !== true ? [password] : []);
  };
}
