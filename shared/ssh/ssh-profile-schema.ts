import { z } from 'zod';

/** A DNS name or an IPv4/IPv6 literal: no spaces, no leading dash, nothing a resolver would not take. */
export const sshHostSchema = z
  .string()
  .trim()
  .min(1, 'Enter the control plane’s host name or IP address.')
  .max(253)
  .regex(/^(?!-)[A-Za-z0-9.:_%[\]-]+$/, 'A host is a name or an IP address, without spaces or a leading dash.');

export const sshPortSchema = z.number().int().min(1).max(65535);

export const sshAuthSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('key'),
    privateKeyPath: z.string().min(1, 'Choose the private key file.').max(4096),
    passphrase: z.string().max(1024).optional(),
  }),
  z.strictObject({ type: z.literal('agent') }),
  z.strictObject({ type: z.literal('password'), password: z.string().min(1, 'Enter the password.').max(1024) }),
]);

/** How the wizard reaches the Linux control plane. Passwords and passphrases travel only inside job requests. */
export const sshProfileSchema = z.strictObject({
  host: sshHostSchema,
  port: sshPortSchema,
  username: z.string().trim().min(1, 'Enter the SSH user name.').max(256).regex(/^[^\s:@]+$/, 'A user name has no spaces, colons or @.'),
  auth: sshAuthSchema,
});
export type SshProfile = z.infer<typeof sshProfileSchema>;

export const hostKeyStatusSchema = z.enum(['trusted', 'unknown', 'changed']);
