import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { SshError } from '../../ssh/ssh-errors.js';
import type { SshConnection } from '../../ssh/ssh-connection.js';
import { JobFailure, type JobContext } from '../job-definition.js';

/** What every control-plane job does first: hide its credentials, then connect as its first step. */
export async function connectForJob(context: JobContext, connection: SshConnection, profile: SshProfile, stepName: string): Promise<void> {
  if (profile.auth.type === 'password') context.addSecret(profile.auth.password);
  if (profile.auth.type === 'key' && profile.auth.passphrase) context.addSecret(profile.auth.passphrase);
  await context.step(stepName, async () => {
    await connection.connect();
    context.log('info', `Connected to ${connection.key}; its host key matches the trusted one.`);
  });
}

/** SSH errors already speak to the operator (unknown host key, refused, authentication): keep their words. */
export async function withSshErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof SshError) throw new JobFailure(error.message);
    throw error;
  }
}
